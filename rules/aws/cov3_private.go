package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// NET-3 for managed services whose endpoints can be made public: Airflow
// web servers and OpenSearch Serverless collections.

func netMWAAPublicWebserver() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-204"}, setting.Check{
		Types:   []string{"aws_mwaa_environment", "AWS::MWAA::Environment"},
		Judge:   setting.MustNotBe(parser.A("webserver_access_mode", "WebserverAccessMode"), "", "PUBLIC_ONLY"),
		Problem: "the Airflow web server has a public URL",
	})
}

func netSearchServerlessPublic() *engine.Rule {
	typ, pol := parser.A("type", "Type"), parser.A("policy", "Policy")
	return &engine.Rule{
		ID: "AWS-205",
		Check: func(p *engine.Pass) {
			for _, res := range p.KnownManaged("aws_opensearchserverless_security_policy", "AWS::OpenSearchServerless::SecurityPolicy") {
				switch v := isOneOf(typ.Of(res), typ.Name(res), "network"); v.Answer {
				case parser.No:
					continue
				case parser.CannotTell:
					p.CannotTell(res, v.At, v.Detail)
					continue
				}
				pv := pol.Of(res)
				if setting.Undecided(p, res, pol.Name(res), pv) || pv == nil {
					continue
				}
				rules, ok := searchNetworkRules(pv)
				if !ok {
					p.CannotTell(res, pv, pol.Name(res)+": not a JSON network policy this linter can read")
					continue
				}
				for _, r := range rules {
					v := parser.NotFalse(r.Get("AllowFromPublic"), "AllowFromPublic", false)
					if v.Answer == parser.Yes {
						p.Report(res, pv, "%s: the network policy lets the internet reach its collections (AllowFromPublic = true)", res.Address)
						break
					}
				}
			}
		},
	}
}

// searchNetworkRules returns the rules of an OpenSearch Serverless network
// policy: a JSON array of rule objects (or a single one), written as a
// string or, in CloudFormation, sometimes as YAML.
func searchNetworkRules(v *parser.Value) ([]*parser.Value, bool) {
	if v.Kind == parser.String {
		doc, ok := setting.DecodedJSON(v)
		if !ok {
			return nil, false
		}
		v = doc
	}
	switch v.Kind {
	case parser.List, parser.Object:
		return v.Items(), true
	}
	return nil, false
}
