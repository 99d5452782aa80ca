package secrettext

import (
	"encoding/base64"
	"strings"
	"testing"
)

func TestFind(t *testing.T) {
	b64 := func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) }
	// wrap breaks base64 into lines of 40 characters, as base64 -w does.
	wrap := func(s string) string {
		var lines []string
		for len(s) > 40 {
			lines, s = append(lines, s[:40]), s[40:]
		}
		return strings.Join(append(lines, s), "\n") + "\n"
	}
	tests := []struct {
		name, text, kind string
	}{
		{"private key", "write_files:\n- content: |\n    -----BEGIN RSA PRIVATE KEY-----\n    MIIE...", "a private key"},
		{"openssh key in base64", b64("-----BEGIN OPENSSH PRIVATE KEY-----\nb3Blbn...\n"), "a private key"},
		{"storage connection string", "DefaultEndpointsProtocol=https;AccountName=acme;AccountKey=QmFzZTY0S2V5VGhhdElzTG9uZ0Vub3VnaA==;", "a connection string with its account key"},
		{"aws key id", "export AWS_ACCESS_KEY_ID=AKIAIOSFODNN7EXAMPLF", "an AWS access key"},
		{"temporary aws key id", "aws_access_key_id = ASIAIOSFODNN7EXAMPLF", "an AWS access key"},
		{"shell password", "#!/bin/bash\nexport DB_PASSWORD=S3cr3tPassw0rd\n", "a literal password assignment"},
		{"yaml token in base64", b64("#cloud-config\nrunner:\n  registration_token: 'glrt-abcdef123456'\n"), "a literal token assignment"},
		{"escaped quotes", `export DB_PASSWORD=\"Pr0dDbPassw0rd\"`, "a literal password assignment"},
		{"escaped json key", `{\"api_key\": \"k3y-0f-th3-servic3\"}`, "a literal api_key assignment"},
		{"reference to a variable", "export DB_PASSWORD=$DB_PASSWORD_FROM_VAULT", ""},
		{"escaped reference", `export DB_PASSWORD=\"$DB_PASSWORD\"`, ""},
		{"template reference", "password: ${db_password}", ""},
		{"short value", "password=abc", ""},
		{"placeholder", "ADMIN_PASSWORD=changeme123", ""},
		{"key vault reference", "API_KEY=@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/api)", ""},
		{"file path", "TOKEN_FILE=/run/secrets/token", ""},
		{"command-line flag", "TOKEN=$(gcloud secrets versions access latest --secret=runner-token-prod)", ""},
		{"secret id", "export DB_PASSWORD_SECRET_ID=db-password-prod-2026", ""},
		{"secret url", "API_KEY=https://kv-app.vault.azure.net/secrets/api", ""},
		{"secret manager name", "password: projects/acme/secrets/db/versions/latest", ""},
		{"plain script", "#!/bin/bash\napt-get update\napt-get install -y nginx\n", ""},
		{"public key", "ssh_authorized_keys:\n  - ssh-rsa AAAAB3NzaC1yc2E admin@example.com", ""},
		{"google api key", "MAPS_KEY=AIzaSyD4kP9xQ2vL7mN3bR8tW1cF6hJ0sY5uE2a", "a Google API key"},
		{"too short for a google api key", "MAPS_KEY=AIzaSyD4kP9xQ2vL7mN3", ""},
		{"chpasswd", "#!/bin/bash\necho \"ec2-user:Inst4nceP4ssw0rd!\" | chpasswd\n", "a literal password set with chpasswd"},
		{"sudo chpasswd", "echo 'admin:Sup3rS3cretPw' | sudo chpasswd", "a literal password set with chpasswd"},
		{"passwd stdin", "echo \"Sup3rS3cretPw\" | passwd --stdin ec2-user", "a literal password set with passwd"},
		{"chpasswd from a variable", "echo \"ec2-user:$INSTANCE_PASSWORD\" | chpasswd", ""},
		{"chpasswd from a template", "echo \"ec2-user:${password}\" | chpasswd", ""},
		{"chpasswd short", "echo \"u:abc\" | chpasswd", ""},
		{"chpasswd placeholder", "echo \"ec2-user:changeme123\" | chpasswd", ""},
		{"connection url", "psql postgresql://app:Pr0dDbPassw0rd@db.internal:5432/app -c 'select 1'", "a URL with a password in its user information"},
		{"repository url with a token", "git clone https://ci:ghp_aBcDeFgHiJkLmNoPqRsTuVwXyZ0123456789@github.com/acme/app.git", "a URL with a password in its user information"},
		{"url with a runtime password", "psql postgresql://app:$DB_PASSWORD@db.internal/app", ""},
		{"url without a password", "git clone https://git@github.com/acme/app.git", ""},
		{"url with a port", "curl http://localhost:8080/health", ""},
		{"url with a short password", "redis://u:abc@cache:6379", ""},
		{"echo to a file", "echo \"ec2-user:Inst4nceP4ssw0rd!\" > /tmp/users", ""},
		{"sas in a connection string", "export CONN=\"BlobEndpoint=https://acme.blob.core.windows.net/;SharedAccessSignature=sv=2022-11-02&ss=b&srt=co&sp=rl&se=2027-01-01T00:00:00Z&spr=https&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D%3D\"", "an Azure shared access signature"},
		{"sas url", "azcopy copy 'https://acme.blob.core.windows.net/c?sv=2022-11-02&sp=r&se=2027-01-01&sig=Zm9vYmFyYmF6cXV4MTIzNDU2Nzg5MA%3D' /data", "an Azure shared access signature"},
		{"sas without a signature", "echo sv=2022-11-02&sp=r", ""},
		{"line-wrapped base64", wrap(b64("#cloud-config\nwrite_files:\n  - path: /etc/app.env\n    content: |\n      API_TOKEN=\"k3y-0f-th3-servic3-2026\"\n")), "a literal token assignment"},
		{"cloud-config default user password", "#cloud-config\npassword: testing\nchpasswd: { expire: false }\nssh_pwauth: true\n", "a literal password in cloud-config"},
		{"cloud-config plain_text_passwd", "#cloud-config\nusers:\n  - name: ops\n    lock_passwd: false\n    plain_text_passwd: 'Opsw0rd'\n", "a literal password in cloud-config"},
		{"cloud-config hashed passwd", "#cloud-config\nusers:\n  - name: ops\n    lock_passwd: false\n    passwd: $6$rounds=4096$salt$hash\n", ""},
		{"cloud-config random password", "#cloud-config\npassword: RANDOM\nchpasswd: { expire: true }\n", ""},
		{"cloud-config password from a template", "#cloud-config\npassword: ${admin_password}\n", ""},
		{"password key outside cloud-config", "app:\n  password: short12\n", ""},
		{"line-wrapped base64 of a plain script", wrap(b64("#!/bin/bash\napt-get update\napt-get install -y nginx\nsystemctl enable nginx\n")), ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, ok := Find(tt.text)
			if ok != (tt.kind != "") || kind != tt.kind {
				t.Errorf("Find(%q) = %q, %v; want %q", tt.text, kind, ok, tt.kind)
			}
		})
	}
}

func TestAssignment(t *testing.T) {
	tests := []struct {
		name, value, kind string
	}{
		{"DATABASE_PASSWORD", "s3cr3t-p4ss", "a literal password assignment"},
		{"npm_token", "npm_4fTq9ZkW2bXc7LmP0sRv", "a literal token assignment"},
		{"MAPS_KEY", "AIzaSyD4kP9xQ2vL7mN3bR8tW1cF6hJ0sY5uE2a", "a Google API key"},
		{"TLS_KEY", "-----BEGIN PRIVATE KEY-----\nMIIEvQ", "a private key"},
		{"LOG_LEVEL", "info-and-more", ""},
		{"DB_PASSWORD", "short", ""},
		{"DB_PASSWORD_SECRET_NAME", "orders-db-password", ""},
		{"SECRET_PROJECT", "acme-app-prod", ""},
		{"TOKEN_TTL", "86400000", ""},
		{"PASSWORD_MIN_LENGTH", "12345678", ""},
		{"API_TOKEN_HEADER", "X-Frontend-Token", ""},
		{"API_KEY", "${API_KEY_FROM_VAULT}", ""},
		{"STRIPE_API_KEY", "sk_test_example_key", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			kind, ok := Assignment(tt.name, tt.value)
			if ok != (tt.kind != "") || kind != tt.kind {
				t.Errorf("Assignment(%q, %q) = %q, %v; want %q", tt.name, tt.value, kind, ok, tt.kind)
			}
		})
	}
}

func TestPlaceholderAndConfiguration(t *testing.T) {
	for _, c := range []struct {
		s                   string
		placeholder, config bool
	}{
		{"<your-password>", true, false},
		{"${db_password}", true, false},
		{"xxxxxxxx", true, false},
		{"********", true, false},
		{"changeme-out-of-band", true, false},
		{"replace_me", true, false},
		{"not-a-real-password", true, false},
		{"sample-value", true, false},
		{"your-client-secret", true, false},
		{"Sup3r-S3cret!", false, false},
		{"0f8fad5b-d9cb-469f-a165-70867728950e", false, true},
		{"5432", false, true},
		{"TRUE", false, true},
		{"https://api.acme.test/v1?x=1", false, true},
		{"postgres://app:Sup3rS3cret@db.acme.test/app", false, false},
		{"p@ssw0rd-not://x", false, true},
	} {
		if got := Placeholder(c.s); got != c.placeholder {
			t.Errorf("Placeholder(%q) = %v, want %v", c.s, got, c.placeholder)
		}
		if got := Configuration(c.s); got != c.config {
			t.Errorf("Configuration(%q) = %v, want %v", c.s, got, c.config)
		}
	}
}
