package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// databaseRules returns the AWS database rules.
func databaseRules() []*engine.Rule {
	return []*engine.Rule{
		dbUnencryptedRDS(),
		dbUnencryptedElastiCache(),
		dbPublicRDS(),
		dbUnencryptedDocDBNeptune(),
	}
}

// dbAnySet reports whether body sets one of attrs to something other than
// null: an attribute that makes the resource inherit a setting from
// elsewhere (a cluster, a source instance, a snapshot).
func dbAnySet(body *parser.Value, attrs ...string) bool {
	for _, a := range attrs {
		if !body.Get(a).IsNull() {
			return true
		}
	}
	return false
}

// dbReportNotTrue reports res when flag is known false, or absent while the
// provider default is false. An unknown flag is skipped.
func dbReportNotTrue(p *engine.Pass, res *parser.Resource, flag, what string) {
	v := res.Body.Get(flag)
	if v.IsNull() {
		p.Report(res, nil, "%s: %s (%s is not set)", res.Address, what, flag)
		return
	}
	if on, ok := v.AsBool(); ok && !on {
		p.Report(res, v, "%s: %s (%s = false)", res.Address, what, flag)
	}
}
