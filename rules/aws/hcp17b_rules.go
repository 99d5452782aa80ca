package aws

import (
	"fmt"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageHcp17bRules are the rules the HashiCorp policy library sample
// (AWS services e..m, session 17) added.
func coverageHcp17bRules() []*engine.Rule {
	return []*engine.Rule{ecsPrivilegedContainer()}
}

// ecsPrivilegedContainer is AWS-330: an ECS container definition that runs
// privileged, with root's capabilities on the host container instance.
func ecsPrivilegedContainer() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-330"}, setting.Check{
		Types:   []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge:   privilegedContainer(parser.A("container_definitions", "ContainerDefinitions")),
		Problem: "a container runs privileged, with root's capabilities on its host instance",
	})
}

// privilegedContainer judges each container definition's privileged flag
// (false by default); container definitions that cannot be read are a note.
func privilegedContainer(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		v := a.Of(res)
		if u := setting.Unknown(v); u != nil {
			return parser.Unknowable(u, a.Name(res))
		}
		var verdicts []parser.Verdict
		for _, c := range containerDefinitions(v) {
			name := "privileged"
			if n, ok := firstOf(c, "name", "Name").AsString(); ok {
				name = fmt.Sprintf("container %s: privileged", n)
			}
			verdicts = append(verdicts, parser.NotFalse(firstOf(c, "privileged", "Privileged"), name, false))
		}
		return parser.Either(verdicts...)
	}
}
