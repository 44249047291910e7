package id.satudata.organisasi.pengguna;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Ends a user's sessions (on every node: sessions live in the database) once a change to their
 * account has committed, so a deactivated user or a revoked role takes effect at once.
 */
@Component
class SessionTerminator {

	private static final Logger log = LoggerFactory.getLogger(SessionTerminator.class);

	private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

	SessionTerminator(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
		this.sessions = sessions;
	}

	void endSessionsOf(String username) {
		Runnable end = () -> sessions.ifAvailable(repository -> {
			var found = repository.findByPrincipalName(username);
			found.keySet().forEach(repository::deleteById);
			if (!found.isEmpty()) {
				log.info("Ended {} session(s) after an account change", found.size());
			}
		});
		if (TransactionSynchronizationManager.isSynchronizationActive()) {
			TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
				@Override
				public void afterCommit() {
					end.run();
				}
			});
		}
		else {
			end.run();
		}
	}

}
