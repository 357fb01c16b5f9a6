package dev.layoutguard.domain.config.secret;

/** What makes a line of a configuration file hold a secret. */
public enum SecretKind {
    /** A key that names a secret holds a literal value. */
    SECRET_KEY("literal value for a secret key", "secret-key"),
    /** A URL carries a literal password. */
    URL_PASSWORD("URL with a literal password", "url-password"),
    PRIVATE_KEY("private key block", "private-key"),
    AWS_ACCESS_KEY_ID("AWS access key id", "aws-access-key-id"),
    GITHUB_TOKEN("GitHub token", "github-token"),
    SLACK_TOKEN("Slack token", "slack-token"),
    GOOGLE_API_KEY("Google API key", "google-api-key"),
    STRIPE_LIVE_KEY("Stripe live secret key", "stripe-live-key");

    private final String description;
    private final String label;

    SecretKind(String description, String label) {
        this.description = description;
        this.label = label;
    }

    /** What it is, as a message says it. */
    public String description() {
        return description;
    }

    /** A short id, the reference of a finding that has no key. */
    public String label() {
        return label;
    }
}
