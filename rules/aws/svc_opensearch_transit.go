package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// searchDomainTypes are the OpenSearch and legacy Elasticsearch domains.
var searchDomainTypes = []string{"aws_opensearch_domain", "aws_elasticsearch_domain",
	"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain"}

// searchFGACOff is Yes unless fine-grained access control is on: the
// service creates such a domain only with HTTPS enforced, node-to-node
// encryption and encryption at rest, whatever else is written.
var searchFGACOff = setting.MustBeTrue(parser.A("advanced_security_options.enabled", "AdvancedSecurityOptions.Enabled"), false)

func openSearchInsecureEndpoint() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-144"}, setting.Check{
		Types: searchDomainTypes,
		If:    searchFGACOff,
		// The defaults differ: Terraform's enforce_https is true inside a
		// domain_endpoint_options block, but without the block nothing is
		// sent and the service default (false) applies, as it does for an
		// absent EnforceHTTPS in CloudFormation.
		Judge: setting.Either(
			setting.MustBeSet(parser.A("domain_endpoint_options", "")),
			setting.MustBeTrue(parser.A("domain_endpoint_options.enforce_https", ""), true),
			setting.MustBeTrue(parser.A("", "DomainEndpointOptions.EnforceHTTPS"), false)),
		Problem: "the domain accepts plain HTTP",
	}, setting.Check{
		// CloudSearch serves HTTP unless enforce_https is on (default false).
		// TLS 1.0 on HTTPS is AWS-222's.
		Types:   []string{"aws_cloudsearch_domain"},
		Judge:   setting.MustBeTrue(parser.A("endpoint_options.enforce_https", ""), false),
		Problem: "the CloudSearch domain accepts plain HTTP",
	})
}

func openSearchNodeToNodeDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-145"}, setting.Check{
		Types:   searchDomainTypes,
		If:      searchFGACOff,
		Judge:   setting.MustBeTrue(parser.A("node_to_node_encryption.enabled", "NodeToNodeEncryptionOptions.Enabled"), false),
		Problem: "traffic between the domain's nodes is not encrypted",
	})
}
