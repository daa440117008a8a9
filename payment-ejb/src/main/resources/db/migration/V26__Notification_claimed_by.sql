-- The node whose sender claimed a notification last (jboss.node.name): in a cluster, which node holds a delivery,
-- and which one took it over after a node died.
alter table notification add column claimed_by varchar(64);
