-- Least privilege (issue 11, item 6). Flyway runs this after every migration, as the role that migrates and owns the
-- tables (quarkus.flyway.username); the service runs as another role (quarkus.datasource.username, the placeholder
-- applicationRole) that gets only what it needs: reading and writing rows, and the sequences. Not owning anything,
-- it can neither alter, disable the triggers of, truncate nor drop a table. A table whose comment begins with
-- 'append-only' (an audit trail) gets SELECT and INSERT only. Running after every migration, it also covers the
-- tables of the migrations just applied, and takes back whatever else the role was given by hand.
do $grants$
declare
    application constant name := '${applicationRole}';
    schema constant name := '${flyway:defaultSchema}';
    owned text;
    relation record;
begin
    if application = current_user then
        raise exception 'the service runs as %, the role that migrates: set quarkus.flyway.username to the owner role',
            application;
    end if;
    select string_agg(c.relname, ', ') into owned
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = schema and pg_get_userbyid(c.relowner) = application;
    if owned is not null then
        raise exception 'the application role % owns %: hand them to the migrating role (REASSIGN OWNED BY % TO %)',
            application, owned, application, current_user;
    end if;
    execute format('grant usage on schema %I to %I', schema, application);
    for relation in
        select c.relname, c.relkind, coalesce(obj_description(c.oid, 'pg_class'), '') like 'append-only%' as append_only
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = schema and c.relkind in ('r', 'p', 'S') and c.relname <> '${flyway:table}'
    loop
        execute format('revoke all on %I.%I from %I', schema, relation.relname, application);
        if relation.relkind = 'S' then
            execute format('grant usage, select on sequence %I.%I to %I', schema, relation.relname, application);
        elsif relation.append_only then
            execute format('grant select, insert on table %I.%I to %I', schema, relation.relname, application);
        else
            execute format('grant select, insert, update, delete on table %I.%I to %I', schema, relation.relname,
                application);
        end if;
    end loop;
end
$grants$;
