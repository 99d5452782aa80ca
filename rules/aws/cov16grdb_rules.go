package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage16grdbRules are the rules the AWS Guard rules registry sample
// (services m..z, session 16) added.
func coverage16grdbRules() []*engine.Rule {
	return []*engine.Rule{searchWithoutFGAC()}
}

// searchWithoutFGAC is AWS-342: an OpenSearch or Elasticsearch domain
// without fine-grained access control. Its access policy then decides only
// whether a caller reaches the domain at all; every caller it admits may
// read and change every index, document and cluster setting.
func searchWithoutFGAC() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-342"}, setting.Check{
		Types:   searchDomainTypes,
		Judge:   searchFGACOff,
		Problem: "the domain has no fine-grained access control, so every caller its access policy admits may read and change every index",
	})
}
