package id.satudata.katalog;

import java.util.OptionalLong;

/**
 * A dataset's row version by its slug, uuid or numeric id (tried in that order, as {@link Katalog#dataset}
 * does), whoever may see it: every change of what anyone sees of a dataset — metadata, access level,
 * producer, schema, publishing or withdrawing a release, deletion — writes its row and so changes the
 * version; a dataset that is gone has none. The key for what a node keeps of a view: it is read from the
 * shared database on every call, so every node sees a change at once. One indexed lookup on a pooled
 * connection in autocommit, outside any transaction (no JPA session, no transaction manager), so it costs
 * a small part of the request it decides (issue 18).
 */
public interface VersiDataset {

	OptionalLong versi(String slugAtauId);

}
