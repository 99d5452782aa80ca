package aws

import (
	"bytes"
	"encoding/json"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// NET-3 for managed services whose endpoints can be made public: Airflow
// web servers and OpenSearch Serverless collections.

func netMWAAPublicWebserver() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-204",
		Name:     "mwaa-webserver-public",
		Title:    "Managed Workflows for Apache Airflow web server is reachable from the internet",
		Severity: engine.Medium,
		Description: "An Amazon MWAA environment sets webserver_access_mode (WebserverAccessMode) to PUBLIC_ONLY: " +
			"the Apache Airflow UI, which can trigger and read every workflow and its connections, gets a public " +
			"URL reachable from the internet, guarded only by sign-in. The default is PRIVATE_ONLY in both formats " +
			"(reachable from inside the VPC only): an environment that does not write the setting is not " +
			"reported. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set webserver_access_mode = \"PRIVATE_ONLY\" (WebserverAccessMode: PRIVATE_ONLY), or remove it, and reach the UI through a VPN, Direct Connect or a bastion in the VPC."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://docs.aws.amazon.com/mwaa/latest/userguide/configuring-networking.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/mwaa_environment#webserver_access_mode",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-mwaa-environment.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types:   []string{"aws_mwaa_environment", "AWS::MWAA::Environment"},
		Judge:   setting.MustNotBe(parser.A("webserver_access_mode", "WebserverAccessMode"), "", "PUBLIC_ONLY"),
		Problem: "the Airflow web server has a public URL",
	})
}

func netSearchServerlessPublic() *engine.Rule {
	typ, pol := parser.A("type", "Type"), parser.A("policy", "Policy")
	return &engine.Rule{
		ID:       "AWS-205",
		Name:     "opensearch-serverless-public-network-policy",
		Title:    "OpenSearch Serverless network policy opens collections to the internet",
		Severity: engine.High,
		Description: "An OpenSearch Serverless security policy of type network has a rule with AllowFromPublic " +
			"true: the collections (or their dashboards) it names get public endpoints, reachable from the " +
			"internet and guarded only by the data access policies. Rules that allow access only from VPC " +
			"endpoints (SourceVPCEs) or AWS services (SourceServices) are not reported, nor are encryption and " +
			"data access policies. A policy that is unknown, or that is not a JSON network policy this linter can " +
			"read, is a note.",
		Remediation: engine.Remediation{Summary: "Set AllowFromPublic to false and name the VPC endpoints (SourceVPCEs) that may reach the collections."},
		Checklist:   []string{"NET-3"},
		Links: []string{
			"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/serverless-network.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearchserverless_security_policy",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-opensearchserverless-securitypolicy.html",
		},
		Precision: "very-high",
		Check: func(p *engine.Pass) {
			for _, res := range p.ResourcesOfType("aws_opensearchserverless_security_policy", "AWS::OpenSearchServerless::SecurityPolicy") {
				if res.Data || !p.BodyKnown(res) {
					continue
				}
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
		dec := json.NewDecoder(bytes.NewReader([]byte(v.Str)))
		dec.UseNumber()
		var doc any
		if err := dec.Decode(&doc); err != nil {
			return nil, false
		}
		v = fromJSON(doc, v, 0)
	}
	switch v.Kind {
	case parser.List, parser.Object:
		return v.Items(), true
	}
	return nil, false
}
