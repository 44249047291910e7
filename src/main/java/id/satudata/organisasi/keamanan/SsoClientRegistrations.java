package id.satudata.organisasi.keamanan;

import java.util.LinkedHashSet;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.oauth2.client.registration.ClientRegistration;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.registration.ClientRegistrations;
import org.springframework.security.oauth2.core.oidc.IdTokenClaimNames;

/**
 * The one client registration ({@code sso}), read from the provider's discovery document at the
 * first login rather than at start-up: the application starts while the provider is down. The
 * redirect URI is built from the configured base URL, never from the request's Host header.
 */
class SsoClientRegistrations implements ClientRegistrationRepository {

	static final String ID = "sso";

	private static final Logger log = LoggerFactory.getLogger(SsoClientRegistrations.class);

	private final SsoProperties properties;
	private final String baseUrl;
	private volatile ClientRegistration registration;

	SsoClientRegistrations(SsoProperties properties, String baseUrl) {
		this.properties = properties;
		this.baseUrl = baseUrl;
	}

	@Override
	public ClientRegistration findByRegistrationId(String registrationId) {
		if (!ID.equals(registrationId)) {
			return null;
		}
		ClientRegistration found = registration;
		if (found == null) {
			synchronized (this) {
				if (registration == null) {
					try {
						registration = build();
					}
					catch (RuntimeException e) {
						log.warn("OpenID provider {} not reachable: {}", properties.issuerUri(), e.toString());
						return null;
					}
				}
				found = registration;
			}
		}
		return found;
	}

	private ClientRegistration build() {
		Set<String> scopes = new LinkedHashSet<>();
		scopes.add("openid");
		scopes.addAll(properties.scopes());
		return ClientRegistrations.fromIssuerLocation(properties.issuerUri()).registrationId(ID)
			.clientId(properties.clientId()).clientSecret(properties.clientSecret()).scope(scopes)
			.redirectUri(baseUrl + "/login/oauth2/code/" + ID).userNameAttributeName(IdTokenClaimNames.SUB)
			.clientName(properties.namaPenyedia()).build();
	}

}
