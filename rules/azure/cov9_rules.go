package azure

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage9Rules are the ninth batch of coverage rules (AZURE-147 and up):
// settings that were bundled with others under one id, and misses on
// third-party samples.
func coverage9Rules() []*engine.Rule {
	return []*engine.Rule{
		setting.Rule(engine.Rule{ID: "AZURE-147"}, cov7PublishWebDeployBasicAuth),
	}
}
