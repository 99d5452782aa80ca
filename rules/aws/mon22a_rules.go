package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageMon22aRules are the rules Mondoo's AWS variant tests (checks
// acm..ebs, session 22) added.
func coverageMon22aRules() []*engine.Rule {
	return []*engine.Rule{codebuildPublicBuilds()}
}

// codebuildPublicBuilds is AWS-417: a CodeBuild project whose build
// results are public (project_visibility / Visibility PUBLIC_READ; PRIVATE
// by default).
func codebuildPublicBuilds() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-417"}, setting.Check{
		Types:   []string{"aws_codebuild_project", "AWS::CodeBuild::Project"},
		Judge:   setting.MustNotBe(parser.A("project_visibility", "Visibility"), "PRIVATE", "PUBLIC_READ"),
		Problem: "anyone on the internet can read the project's build logs and artifacts",
	})
}
