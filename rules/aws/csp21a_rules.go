package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageCsp21aRules are the rules CloudSploit's AWS plugins (services
// acm..ec2, session 21) added.
func coverageCsp21aRules() []*engine.Rule {
	return []*engine.Rule{codebuildPrivilegedMode()}
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
