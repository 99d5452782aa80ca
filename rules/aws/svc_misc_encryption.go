package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func apiGatewayCacheNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-161",
		Name:     "api-gateway-cache-not-encrypted",
		Title:    "API Gateway stage caches responses without encrypting the cache",
		Severity: engine.Medium,
		Description: "An API Gateway REST API method setting turns response caching on (caching_enabled / " +
			"CachingEnabled true) without encrypting the cached data (cache_data_encrypted / CacheDataEncrypted " +
			"absent or false; the default is false), so responses, which may carry personal data or tokens, are " +
			"held unencrypted in the stage's cache cluster. Method settings without caching are not reported. " +
			"In CloudFormation every entry of a stage's MethodSettings is judged. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set cache_data_encrypted = true (CacheDataEncrypted: true) wherever caching is enabled."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/apigateway/latest/developerguide/api-gateway-caching.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/api_gateway_method_settings#cache_data_encrypted",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-apigateway-stage-methodsetting.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_api_gateway_method_settings"},
		If:      setting.MustBeFalse(parser.A("settings.caching_enabled", ""), false), // caching on
		Judge:   setting.MustBeTrue(parser.A("settings.cache_data_encrypted", ""), false),
		Problem: "cached responses are not encrypted",
	}, setting.Check{
		Types: []string{"AWS::ApiGateway::Stage"},
		Judge: func(res *parser.Resource) parser.Verdict {
			ms := res.Body.Get("MethodSettings")
			if parser.Set(ms) == parser.CannotTell {
				return parser.Unknowable(ms, "MethodSettings")
			}
			var vs []parser.Verdict
			for _, m := range ms.Items() {
				on := m.Get("CachingEnabled")
				switch parser.NotTrue(on, "CachingEnabled", false).Answer {
				case parser.Yes:
					continue // caching off
				case parser.CannotTell:
					vs = append(vs, parser.Unknowable(on, "MethodSettings.CachingEnabled"))
					continue
				}
				vs = append(vs, parser.NotTrue(m.Get("CacheDataEncrypted"), "MethodSettings.CacheDataEncrypted", false))
			}
			return parser.Either(vs...)
		},
		Problem: "cached responses are not encrypted",
	})
}

func codeBuildArtifactsNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-162",
		Name:     "codebuild-encryption-disabled",
		Title:    "CodeBuild project turns off encryption of its artifacts or S3 logs",
		Severity: engine.Medium,
		Description: "A CodeBuild project sets encryption_disabled = true (EncryptionDisabled: true) on its artifacts " +
			"or its S3 build logs, so build outputs, which often hold packaged code and configuration, are written to " +
			"S3 without CodeBuild's KMS encryption. The default is false (encrypted with the project's key or the AWS " +
			"managed key aws/s3): a project that does not write the setting is not reported. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Remove encryption_disabled = true (EncryptionDisabled: true) from artifacts and S3 logs, optionally with encryption_key (EncryptionKey) naming a customer managed KMS key."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/codebuild/latest/userguide/security-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/codebuild_project#encryption_disabled",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		Judge: setting.Either(
			setting.MustBeFalse(parser.A("artifacts.encryption_disabled", "Artifacts.EncryptionDisabled"), false),
			setting.MustBeFalse(parser.A("secondary_artifacts.encryption_disabled", "SecondaryArtifacts.EncryptionDisabled"), false),
			setting.MustBeFalse(parser.A("logs_config.s3_logs.encryption_disabled", "LogsConfig.S3Logs.EncryptionDisabled"), false)),
		Problem: "build artifacts or logs are written without encryption",
	})
}

func daxEndpointWithoutTLS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-163",
		Name:     "dax-endpoint-without-tls",
		Title:    "DAX cluster endpoint does not use TLS",
		Severity: engine.Medium,
		Description: "A DynamoDB Accelerator (DAX) cluster leaves cluster_endpoint_encryption_type " +
			"(ClusterEndpointEncryptionType) at its default NONE, or sets it to NONE, so applications read and write " +
			"cached items over an unencrypted connection. The setting can only be chosen when the cluster is " +
			"created. Encryption at rest is judged by AWS-044. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Create the cluster with cluster_endpoint_encryption_type = \"TLS\" (ClusterEndpointEncryptionType: TLS)."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/dax_cluster#cluster_endpoint_encryption_type",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_dax_cluster", "AWS::DAX::Cluster"},
		Judge:   setting.MustBeOneOf(parser.A("cluster_endpoint_encryption_type", "ClusterEndpointEncryptionType"), "NONE", "TLS"),
		Problem: "clients reach the cache without TLS",
	})
}
