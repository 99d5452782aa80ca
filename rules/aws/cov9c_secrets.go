package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9cRules are the rules the ninth coverage pass added from the
// KICS CloudFormation queries (ECS to the end of the alphabet).
func coverage9cRules() []*engine.Rule {
	return []*engine.Rule{resourcePasswordInCode(), searchAuditLogsOff()}
}

// credentialProps lists, per resource type, the properties whose value is
// a password, token or secret the service keeps: a value written there is
// the credential itself.
var credentialProps = []struct {
	types []string
	// blocks, when set, is a list of blocks each holding the properties
	// (a broker's users).
	blocks parser.Attr
	props  []parser.Attr
}{
	{types: []string{"aws_db_instance", "AWS::RDS::DBInstance"},
		props: []parser.Attr{parser.A("password", "MasterUserPassword")}},
	{types: []string{"aws_rds_cluster", "AWS::RDS::DBCluster", "aws_docdb_cluster", "AWS::DocDB::DBCluster",
		"aws_redshift_cluster", "AWS::Redshift::Cluster"},
		props: []parser.Attr{parser.A("master_password", "MasterUserPassword")}},
	{types: []string{"aws_redshiftserverless_namespace", "AWS::RedshiftServerless::Namespace",
		"aws_docdbelastic_cluster", "AWS::DocDBElastic::Cluster"},
		props: []parser.Attr{parser.A("admin_user_password", "AdminUserPassword")}},
	{types: []string{"aws_dms_endpoint", "AWS::DMS::Endpoint"},
		props: []parser.Attr{parser.A("password", "Password"), parser.A("", "MongoDbSettings.Password")}},
	{types: []string{"aws_directory_service_directory", "AWS::DirectoryService::SimpleAD", "AWS::DirectoryService::MicrosoftAD"},
		props: []parser.Attr{parser.A("password", "Password")}},
	{types: []string{"aws_amplify_app", "AWS::Amplify::App"},
		props: []parser.Attr{parser.A("access_token", "AccessToken"), parser.A("oauth_token", "OauthToken"),
			parser.A("basic_auth_credentials", "BasicAuthConfig.Password")}},
	{types: []string{"aws_amplify_branch", "AWS::Amplify::Branch"},
		props: []parser.Attr{parser.A("basic_auth_credentials", "BasicAuthConfig.Password")}},
	{types: []string{"Alexa::ASK::Skill"},
		props: []parser.Attr{parser.A("", "AuthenticationConfiguration.ClientSecret"), parser.A("", "AuthenticationConfiguration.RefreshToken")}},
	{types: []string{"aws_emr_cluster", "AWS::EMR::Cluster"},
		props: []parser.Attr{parser.A("kerberos_attributes.kdc_admin_password", "KerberosAttributes.KdcAdminPassword"),
			parser.A("kerberos_attributes.cross_realm_trust_principal_password", "KerberosAttributes.CrossRealmTrustPrincipalPassword"),
			parser.A("kerberos_attributes.ad_domain_join_password", "KerberosAttributes.ADDomainJoinPassword")}},
	{types: []string{"aws_elasticache_replication_group", "AWS::ElastiCache::ReplicationGroup"},
		props: []parser.Attr{parser.A("auth_token", "AuthToken")}},
	{types: []string{"aws_mq_broker", "AWS::AmazonMQ::Broker"}, blocks: parser.A("user", "Users"),
		props: []parser.Attr{parser.A("password", "Password")}},
	{types: []string{"aws_opensearch_domain", "aws_elasticsearch_domain", "AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"},
		props: []parser.Attr{parser.A("advanced_security_options.master_user_options.master_user_password",
			"AdvancedSecurityOptions.MasterUserOptions.MasterUserPassword")}},
	{types: []string{"AWS::IAM::User"},
		props: []parser.Attr{parser.A("", "LoginProfile.Password")}},
	{types: []string{"aws_secretsmanager_secret_version", "AWS::SecretsManager::Secret"},
		props: []parser.Attr{parser.A("secret_string", "SecretString")}},
	{types: []string{"aws_codebuild_source_credential", "AWS::CodeBuild::SourceCredential"},
		props: []parser.Attr{parser.A("token", "Token")}},
	{types: []string{"AWS::CodeStar::GitHubRepository"},
		props: []parser.Attr{parser.A("", "RepositoryAccessToken")}},
	{types: []string{"aws_kinesis_firehose_delivery_stream", "AWS::KinesisFirehose::DeliveryStream"},
		props: []parser.Attr{parser.A("redshift_configuration.password", "RedshiftDestinationConfiguration.Password"),
			parser.A("splunk_configuration.hec_token", "SplunkDestinationConfiguration.HECToken")}},
	{types: []string{"AWS::ManagedBlockchain::Member"},
		props: []parser.Attr{parser.A("", "MemberConfiguration.MemberFrameworkConfiguration.MemberFabricConfiguration.AdminPassword")}},
	{types: []string{"aws_opsworks_stack", "AWS::OpsWorks::Stack"},
		props: []parser.Attr{parser.A("custom_cookbooks_source.password", "CustomCookbooksSource.Password")}},
	{types: []string{"AWS::OpsWorks::Stack"}, blocks: parser.A("", "RdsDbInstances"),
		props: []parser.Attr{parser.A("", "DbPassword")}},
	{types: []string{"aws_opsworks_rds_db_instance"},
		props: []parser.Attr{parser.A("db_password", "")}},
	{types: []string{"aws_opsworks_application", "AWS::OpsWorks::App"},
		props: []parser.Attr{parser.A("app_source.password", "AppSource.Password"),
			parser.A("ssl_configuration.private_key", "SslConfiguration.PrivateKey")}},
	{types: []string{"aws_pinpoint_apns_channel", "aws_pinpoint_apns_sandbox_channel", "aws_pinpoint_apns_voip_channel",
		"aws_pinpoint_apns_voip_sandbox_channel", "AWS::Pinpoint::APNSChannel", "AWS::Pinpoint::APNSSandboxChannel",
		"AWS::Pinpoint::APNSVoipChannel", "AWS::Pinpoint::APNSVoipSandboxChannel"},
		props: []parser.Attr{parser.A("private_key", "PrivateKey"), parser.A("token_key", "TokenKey")}},
	{types: []string{"aws_pinpoint_baidu_channel", "AWS::Pinpoint::BaiduChannel"},
		props: []parser.Attr{parser.A("secret_key", "SecretKey")}},
	// A Glue connection's properties hold the password of its JDBC
	// database or Kafka cluster unless the connection names a secret
	// (SECRET_ID).
	{types: []string{"aws_glue_connection", "AWS::Glue::Connection"},
		props: glueConnectionPasswords()},
	{types: []string{"aws_pinpoint_gcm_channel", "AWS::Pinpoint::GCMChannel"},
		props: []parser.Attr{parser.A("api_key", "ApiKey")}},
	// A Cognito user's password, or the temporary one it signs in with
	// first (whoever signs in first sets the password); CloudFormation's
	// AWS::Cognito::UserPoolUser takes none.
	{types: []string{"aws_cognito_user"},
		props: []parser.Attr{parser.A("password", ""), parser.A("temporary_password", "")}},
	// The client secret (Sign in with Apple: private key) Cognito keeps
	// to sign users in with a social or OIDC identity provider.
	{types: []string{"aws_cognito_identity_provider", "AWS::Cognito::UserPoolIdentityProvider"},
		props: []parser.Attr{parser.A("provider_details.client_secret", "ProviderDetails.client_secret"),
			parser.A("provider_details.private_key", "ProviderDetails.private_key")}},
}

// glueConnectionPasswords are the connection property keys of the Glue API
// that hold a password in clear (the ENCRYPTED_ forms are the service's).
func glueConnectionPasswords() []parser.Attr {
	var out []parser.Attr
	for _, k := range []string{"PASSWORD", "KAFKA_SASL_PLAIN_PASSWORD", "KAFKA_SASL_SCRAM_PASSWORD",
		"KAFKA_CLIENT_KEY_PASSWORD", "KAFKA_CLIENT_KEYSTORE_PASSWORD"} {
		out = append(out, parser.A("connection_properties."+k, "ConnectionInput.ConnectionProperties."+k))
	}
	return out
}

// resourcePasswordInCode reports a password, token or secret written into
// the code: a literal, or a Terraform variable or CloudFormation parameter
// whose default the resource uses. Values the code does not hold (a
// variable or parameter without a value, a generated password, a secret
// read from Secrets Manager or Parameter Store, a dynamic reference) are
// not reported, and give no note: whatever they hold, the code does not.
func resourcePasswordInCode() *engine.Rule {
	var checks []setting.Check
	for _, c := range credentialProps {
		checks = append(checks, setting.Check{
			Types:   c.types,
			Judge:   unlessAWSKeyPair(credentialWritten(c.blocks, c.props)),
			Problem: "a credential is written in the code, readable by anyone who can read the repository, its history or the deployed template and state",
		})
	}
	r := setting.Rule(engine.Rule{ID: "AWS-250"}, checks...)
	// The cfn-init authentication may be in the metadata of any resource
	// of a template (cfn-init --resource names it): every CloudFormation
	// type, no Terraform one. Each resource is still judged by itself.
	r = setting.Also(r, []string{engine.ReadsCloudFormation}, checkCfnAuthenticationPassword)
	r.Alone = true
	return r
}

// credentialWritten judges the properties, in the resource's body or in
// each of its blocks.
func credentialWritten(blocks parser.Attr, props []parser.Attr) setting.Judge {
	return eachProperty(blocks, props, func(res *parser.Resource, name string, v *parser.Value) string {
		if credentialLiteral(v) && !noValueDefault(res, v) {
			return credentialSource(name, v)
		}
		return ""
	})
}

// eachProperty judges the properties props, in the resource's body or, when
// blocks is written, in each of its blocks: the first value for which bad
// returns a message (given the property's name) is the finding.
func eachProperty(blocks parser.Attr, props []parser.Attr, bad func(res *parser.Resource, name string, v *parser.Value) string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		bodies := []*parser.Value{res.Body}
		if blocks.Exists(res) {
			bodies, _ = setting.Blocks(parser.Lookup(res.Body, blocks.Path(res)))
		}
		for _, body := range bodies {
			for _, a := range props {
				if !a.Exists(res) {
					continue
				}
				v := parser.Lookup(body, a.Path(res))
				if msg := bad(res, a.Name(res), v); msg != "" {
					return parser.Bad(v, msg)
				}
			}
		}
		return parser.Decided
	}
}

// credentialLiteral reports a known, non-empty string that is the
// credential itself: not a CloudFormation dynamic reference
// ({{resolve:secretsmanager:...}}, {{resolve:ssm-secure:...}}) nor an ARN.
func credentialLiteral(v *parser.Value) bool {
	if v == nil || v.Kind != parser.String {
		return false
	}
	s := strings.TrimSpace(v.Str)
	return s != "" && !strings.Contains(s, "{{resolve:") && !strings.HasPrefix(s, "arn:")
}

// noValueWords are the defaults that templates give a credential
// parameter to mean "no value" (the stack is to be given one): not a
// credential. "changeme" and its kind are weak passwords, still reported.
var noValueWords = map[string]bool{"none": true, "null": true, "n/a": true, "-": true, "undefined": true}

// noValueDefault reports a CloudFormation parameter default that means
// "no value" (v came through the default: it has a Via step).
func noValueDefault(res *parser.Resource, v *parser.Value) bool {
	return res.Format == parser.CloudFormation && len(v.Via()) > 0 && noValueWords[strings.ToLower(strings.TrimSpace(v.Str))]
}

// credentialSource says where the written value comes from: the property
// itself, or the variable or parameter default it was passed through.
func credentialSource(name string, v *parser.Value) string {
	if via := v.Via(); len(via) > 0 && via[len(via)-1].Note != "" {
		return name + " comes from " + via[len(via)-1].Note
	}
	return name + " is a literal"
}

// searchAuditLogsOff reports search domains whose audit log is not
// published: who read or changed which index is then not recorded. Only
// domains with fine-grained access control can keep one, so for the others
// the fix is to turn it on too; their error and slow logs (AWS-186) do not
// stand in for it.
func searchAuditLogsOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-251"}, setting.Check{
		Types: searchDomainTypes,
		Judge: func(res *parser.Resource) parser.Verdict {
			return searchLogPublished(res, "AUDIT_LOGS")
		},
		Problem: "the domain's audit log (who read or changed which index) is not published",
	})
}
