package io.paymenthub.web;

import jakarta.validation.Path;
import jakarta.validation.TraversableResolver;
import java.lang.annotation.ElementType;

/**
 * Bean Validation may read and cascade into every property: the API validates request records, never JPA
 * entities. The default resolver asks JPA whether each property is loaded, and JPA's answer goes through a lock
 * the benchmark found request threads queueing on. {@link RequestBodies} validates with this one. (A
 * {@code META-INF/validation.xml} naming it did not reach the validator CDI injects in the EAR: a profile of
 * checkouts still found JPA's resolver asked for every property.)
 */
public class EveryPropertyTraversable implements TraversableResolver {

    @Override
    public boolean isReachable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
        return true;
    }

    @Override
    public boolean isCascadable(Object bean, Path.Node property, Class<?> rootBean, Path path, ElementType type) {
        return true;
    }
}
