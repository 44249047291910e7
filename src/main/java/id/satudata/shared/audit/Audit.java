package id.satudata.shared.audit;

import java.time.Clock;
import java.time.Instant;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import id.satudata.shared.security.CurrentUser;

/**
 * Records state changes. Call it inside the transaction that makes the change: the audit module
 * writes the event synchronously in that transaction, so a rolled-back change leaves no record and
 * a committed one always has one.
 */
@Component
public class Audit {

	private static final int MAX_SUMMARY = 2000;

	private final ApplicationEventPublisher events;
	private final CurrentUser currentUser;
	private final Clock clock;

	public Audit(ApplicationEventPublisher events, CurrentUser currentUser, Clock clock) {
		this.events = events;
		this.currentUser = currentUser;
		this.clock = clock;
	}

	/** Records a change made by the current user (or the public). */
	public void record(String aksi, String objekTipe, Object objekId, String ringkasan) {
		recordAs(currentUser.actorName(), aksi, objekTipe, objekId, ringkasan);
	}

	/** Records a change on behalf of a named actor (e.g. at login, or {@code sistem} for jobs). */
	public void recordAs(String pelaku, String aksi, String objekTipe, Object objekId, String ringkasan) {
		String summary = ringkasan == null ? "" : ringkasan;
		if (summary.length() > MAX_SUMMARY) {
			summary = summary.substring(0, MAX_SUMMARY - 1) + "…";
		}
		events.publishEvent(new AuditEvent(Instant.now(clock), pelaku, aksi, objekTipe,
				objekId == null ? null : String.valueOf(objekId), summary, clientAddress()));
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
			HttpServletRequest request = attrs.getRequest();
			return request.getRemoteAddr();
		}
		return null;
	}

}
