package id.satudata.katalog;

import java.util.Set;

/**
 * SPI: datasets a registered user may read by a special grant, outside the access level rules —
 * the grants of access to TERBATAS datasets that the PPID gives on a request for information (UU
 * KIP 14/2008). Implemented by the module that keeps the requests ({@code ppid}), which depends on
 * this one; without an implementation nobody has such a grant.
 * <p>
 * Applied in one place, {@code internal.KatalogAkses}: a granted dataset is seen as the
 * organization's own roles see a TERBATAS one (its published releases, by every path: pages,
 * search, the CKAN API, datastore queries and SQL, downloads) and only while the grant is in
 * force. It is asked on every request, never cached, so an expired or revoked grant stops access at
 * once on every node.
 */
public interface HakAksesKhusus {

	/** The ids of the datasets the user holds a grant in force for now (empty: none). */
	Set<Long> datasetDiberikan(long penggunaId);

}
