package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageCsp21aRules are the rules CloudSploit's AWS plugins (services
// acm..ec2, session 21) added.
func coverageCsp21aRules() []*engine.Rule {
	return []*engine.Rule{codebuildPrivilegedMode(), appMeshGatewayTLSOff(), appMeshGatewayAccessLogOff(), appMeshEgressAllowAll()}
}

// codebuildPrivilegedMode is AWS-400: a CodeBuild project whose build
// container runs privileged (environment.privileged_mode,
// Environment.PrivilegedMode; false by default).
func codebuildPrivilegedMode() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-400"}, setting.Check{
		Types:   []string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		Judge:   setting.MustBeFalse(parser.A("environment.privileged_mode", "Environment.PrivilegedMode"), false),
		Problem: "the build container runs privileged, with root's capabilities on the build host",
	})
}

// appMeshGatewayTLSOff is AWS-401: an App Mesh virtual gateway whose
// listener does not require TLS (no tls block, or mode DISABLED or
// PERMISSIVE).
func appMeshGatewayTLSOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-401"}, setting.Check{
		Types:   []string{"aws_appmesh_virtual_gateway", "AWS::AppMesh::VirtualGateway"},
		Judge:   setting.MustBeOneOf(parser.A("spec.listener.tls.mode", "Spec.Listeners.TLS.Mode"), "DISABLED", "STRICT"),
		Problem: "the gateway's listener accepts connections without TLS",
	})
}

// appMeshGatewayAccessLogOff is AWS-402: an App Mesh virtual gateway that
// writes no access log (spec.logging.access_log.file.path unset).
func appMeshGatewayAccessLogOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-402"}, setting.Check{
		Types:   []string{"aws_appmesh_virtual_gateway", "AWS::AppMesh::VirtualGateway"},
		Judge:   setting.MustBeSet(parser.A("spec.logging.access_log.file.path", "Spec.Logging.AccessLog.File.Path")),
		Problem: "the gateway writes no access log of the requests it passes into the mesh",
	})
}

// appMeshEgressAllowAll is AWS-403: a service mesh whose egress filter is
// ALLOW_ALL (DROP_ALL by default).
func appMeshEgressAllowAll() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-403"}, setting.Check{
		Types:   []string{"aws_appmesh_mesh", "AWS::AppMesh::Mesh"},
		Judge:   setting.MustNotBe(parser.A("spec.egress_filter.type", "Spec.EgressFilter.Type"), "DROP_ALL", "ALLOW_ALL"),
		Problem: "the mesh lets its virtual nodes reach any endpoint, inside or outside the mesh",
	})
}
