package io.paymenthub.bench.ceiling;

import jakarta.enterprise.context.RequestScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;

/**
 * {@code POST /bench-ceiling/rows/{id}}: the least a request that changes money state can do on this server —
 * one transaction that loads a row by key and updates it under {@code @Version}, answered with a little JSON.
 * The hub's figures are read against this one, measured in the same run with the same load.
 */
@Path("rows/{id}")
@RequestScoped
public class CeilingResource {

    @PersistenceContext
    EntityManager em;

    @POST
    @Transactional
    @Produces(MediaType.APPLICATION_JSON)
    public String touch(@PathParam("id") long id, byte[] body) {
        CeilingRow row = em.find(CeilingRow.class, id);
        if (row == null) {
            throw new NotFoundException();
        }
        return "{\"id\":" + id + ",\"counter\":" + row.touch() + "}";
    }
}
