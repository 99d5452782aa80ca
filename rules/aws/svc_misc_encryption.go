package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func apiGatewayCacheNotEncrypted() *engine.Rule {
	return setting.Also(setting.Rule(engine.Rule{ID: "AWS-161"}, setting.Check{
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
			// With the stage's cache cluster on, API Gateway caches the
			// GET methods by default (CachingEnabled left out). A setting
			// for one path inherits what the stage-wide setting (/* and
			// *) leaves out, and that one the defaults: caching of GET
			// with the cluster on, CacheDataEncrypted false.
			cluster := res.Body.Get("CacheClusterEnabled")
			clusterOn := parser.NotTrue(cluster, "CacheClusterEnabled", false).Answer == parser.No
			items := ms.Items()
			var wide *parser.Value
			wideGET := false
			for _, m := range items {
				if netexposure.StringIs(m.Get("ResourcePath"), "/*") && apiGatewayMethodCovers(m) {
					wideGET = true
					if wide == nil && !netexposure.StringIs(m.Get("HttpMethod"), "GET") {
						wide = m
					}
				}
			}
			var vs []parser.Verdict
			for _, m := range items {
				on, enc := m.Get("CachingEnabled"), m.Get("CacheDataEncrypted")
				if wide != nil && m != wide {
					if on == nil {
						on = wide.Get("CachingEnabled")
					}
					if enc == nil {
						enc = wide.Get("CacheDataEncrypted")
					}
				}
				if on == nil {
					if !clusterOn || !apiGatewayMethodCovers(m) {
						continue // caching off by default
					}
				} else {
					switch parser.NotTrue(on, "CachingEnabled", false).Answer {
					case parser.Yes:
						continue // caching off
					case parser.CannotTell:
						vs = append(vs, parser.Unknowable(on, "MethodSettings.CachingEnabled"))
						continue
					}
				}
				vs = append(vs, parser.NotTrue(enc, "MethodSettings.CacheDataEncrypted", false))
			}
			if clusterOn && !wideGET && parser.Set(ms) != parser.CannotTell {
				vs = append(vs, parser.Bad(cluster, "CacheClusterEnabled is true and no stage-wide method setting (ResourcePath /*) encrypts the GET responses it caches by default (CacheDataEncrypted defaults to false)"))
			}
			return parser.Either(vs...)
		},
		Problem: "cached responses are not encrypted",
	}, setting.Check{
		// A deployment that creates its stage (it names one in StageName:
		// without it no stage is created and StageDescription applies to
		// nothing, as AWS-182 reads it) caches every method when
		// StageDescription turns caching on.
		Types: []string{"AWS::ApiGateway::Deployment"},
		If: setting.Both(setting.Not(setting.MustBeSet(parser.A("", "StageName"))),
			setting.MustBeFalse(parser.A("", "StageDescription.CachingEnabled"), false)),
		Judge:   setting.MustBeTrue(parser.A("", "StageDescription.CacheDataEncrypted"), false),
		Problem: "the stage it creates caches responses without encrypting them",
	}, setting.Check{
		// A StageDescription that turns the cache cluster on and leaves
		// CachingEnabled out caches the GET methods (API Gateway's
		// default), unencrypted unless CacheDataEncrypted says otherwise.
		Types: []string{"AWS::ApiGateway::Deployment"},
		If: setting.Both(setting.Not(setting.MustBeSet(parser.A("", "StageName"))),
			setting.MustBeFalse(parser.A("", "StageDescription.CacheClusterEnabled"), false),
			setting.MustBeSet(parser.A("", "StageDescription.CachingEnabled"))),
		Judge:   setting.MustBeTrue(parser.A("", "StageDescription.CacheDataEncrypted"), false),
		Problem: "the stage it creates caches its GET responses (the default with a cache cluster) without encrypting them",
	}), []string{"aws_api_gateway_stage", "aws_api_gateway_method_settings"}, terraformStageDefaultCache)
}

// terraformStageDefaultCache judges an aws_api_gateway_stage whose cache
// cluster is on (cache_cluster_enabled = true): API Gateway caches its GET
// methods by default, unencrypted unless an aws_api_gateway_method_settings
// for all methods (method_path */*) encrypts the cache or turns caching
// off. As AWS-334 does, a method settings resource of the root whose stage
// is not a scanned stage (a literal name) may be this stage's: the stage
// gets the benefit of the doubt, and so does a method path or a setting
// not known statically.
func terraformStageDefaultCache(p *engine.Pass) {
	for _, stage := range p.KnownResources("aws_api_gateway_stage") {
		on := stage.Body.Get("cache_cluster_enabled")
		if !on.IsTrue() {
			continue
		}
		covered := false
		for _, r := range p.InRoot(stage, "aws_api_gateway_method_settings") {
			if len(p.Referenced(r, "stage_name", "aws_api_gateway_stage")) == 0 {
				covered = true
			}
		}
		for _, r := range p.Referrers(stage, "stage_name", "aws_api_gateway_method_settings") {
			path, ok := methodSettingsPath.Of(r).AsString()
			if ok && path != "*/*" {
				continue
			}
			enc, caching := parser.A("settings.cache_data_encrypted", "").Of(r), parser.A("settings.caching_enabled", "").Of(r)
			if !ok || enc.IsTrue() || caching.IsFalse() || (enc != nil && !enc.IsKnown()) || (caching != nil && !caching.IsKnown()) {
				covered = true
			}
		}
		if !covered {
			p.Judge(stage, parser.Bad(on, "cache_cluster_enabled = true, and no aws_api_gateway_method_settings for */* sets settings.cache_data_encrypted = true (the default is false)"),
				"the stage caches its GET responses (the default with a cache cluster) without encrypting them")
		}
	}
}

// apiGatewayMethodCovers reports whether a CloudFormation method setting
// applies to GET methods: its HttpMethod is * or GET (or left out, which
// API Gateway reads as *).
func apiGatewayMethodCovers(m *parser.Value) bool {
	v := m.Get("HttpMethod")
	return v == nil || netexposure.StringIs(v, "*") || netexposure.StringIs(v, "GET")
}

func codeBuildArtifactsNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-162"}, setting.Check{
		Types: []string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		Judge: setting.Either(
			// A project that writes no artifacts (type NO_ARTIFACTS) has nothing to encrypt.
			setting.Both(
				setting.MustBeFalse(parser.A("artifacts.encryption_disabled", "Artifacts.EncryptionDisabled"), false),
				setting.Not(setting.Is(parser.A("artifacts.type", "Artifacts.Type"), "", "NO_ARTIFACTS"))),
			// Every secondary artifact counts, not only the first block.
			anyItemAt(parser.A("secondary_artifacts.encryption_disabled", "SecondaryArtifacts.EncryptionDisabled"),
				func(v *parser.Value, name string) parser.Verdict { return parser.NotFalse(v, name, false) }),
			setting.MustBeFalse(parser.A("logs_config.s3_logs.encryption_disabled", "LogsConfig.S3Logs.EncryptionDisabled"), false)),
		Problem: "build artifacts or logs are written without encryption",
	}, setting.Check{
		// A report group exports its test and coverage reports to S3 only
		// with export type S3; NO_EXPORT keeps them in CodeBuild.
		Types:   []string{"aws_codebuild_report_group", "AWS::CodeBuild::ReportGroup"},
		If:      setting.Is(parser.A("export_config.type", "ExportConfig.ExportConfigType"), "", "S3"),
		Judge:   setting.MustBeFalse(parser.A("export_config.s3_destination.encryption_disabled", "ExportConfig.S3Destination.EncryptionDisabled"), false),
		Problem: "exported reports are written to S3 without encryption",
	})
}

func daxEndpointWithoutTLS() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-163"}, setting.Check{
		Types:   []string{"aws_dax_cluster", "AWS::DAX::Cluster"},
		Judge:   setting.MustBeOneOf(parser.A("cluster_endpoint_encryption_type", "ClusterEndpointEncryptionType"), "NONE", "TLS"),
		Problem: "clients reach the cache without TLS",
	})
}
