package id.satudata.audit;

import java.util.List;

/** Reads the audit trail of one object (e.g. for a history panel on its page). */
public interface AuditHistory {

	List<AuditEntryView> untukObjek(String objekTipe, String objekId);

}
