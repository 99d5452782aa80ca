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
	return setting.Rule(engine.Rule{
		ID:       "AWS-144",
		Name:     "opensearch-insecure-endpoint",
		Title:    "OpenSearch domain accepts plain HTTP or TLS 1.0",
		Severity: engine.High,
		Description: "An OpenSearch Service (or Elasticsearch) domain does not require HTTPS, or its endpoint " +
			"accepts TLS 1.0 and 1.1. Through the API and CloudFormation, EnforceHTTPS defaults to false, so a " +
			"domain without DomainEndpointOptions.EnforceHTTPS: true serves plain HTTP. In Terraform, enforce_https " +
			"defaults to true inside a domain_endpoint_options block, but a domain without that block does not send " +
			"the setting and gets the service default (false). A TLS policy of Policy-Min-TLS-1-0-2019-07 is reported " +
			"when written; an absent policy is left to the service. Domains with fine-grained access control enabled " +
			"must enforce HTTPS and are not reported for a missing setting. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Write domain_endpoint_options { enforce_https = true, tls_security_policy = \"Policy-Min-TLS-1-2-PFS-2023-10\" } (DomainEndpointOptions: {EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10})."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_DomainEndpointOptions.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#domain_endpoint_options",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-domainendpointoptions.html",
		},
		Precision: "high",
	}, setting.Check{
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
		Types:   searchDomainTypes,
		Judge:   setting.MustNotBe(parser.A("domain_endpoint_options.tls_security_policy", "DomainEndpointOptions.TLSSecurityPolicy"), "", "Policy-Min-TLS-1-0-2019-07"),
		Problem: "the domain's HTTPS endpoint accepts TLS 1.0 and 1.1",
	})
}

func openSearchNodeToNodeDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-145",
		Name:     "opensearch-node-to-node-encryption-disabled",
		Title:    "OpenSearch domain does not encrypt traffic between its nodes",
		Severity: engine.Medium,
		Description: "An OpenSearch Service (or Elasticsearch) domain has node-to-node encryption off: the " +
			"node_to_node_encryption block (NodeToNodeEncryptionOptions) is absent, or its enabled flag is absent or " +
			"false. The default is false in Terraform, CloudFormation and the API, so traffic between the domain's " +
			"nodes inside the VPC or service network is not encrypted with TLS. Domains with fine-grained access " +
			"control enabled require node-to-node encryption and are not reported. Elasticsearch versions before 6.0 " +
			"cannot turn it on: the fix then includes an upgrade. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Add node_to_node_encryption { enabled = true } (NodeToNodeEncryptionOptions: {Enabled: true})."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#node_to_node_encryption",
		},
		Precision: "high",
	}, setting.Check{
		Types:   searchDomainTypes,
		If:      searchFGACOff,
		Judge:   setting.MustBeTrue(parser.A("node_to_node_encryption.enabled", "NodeToNodeEncryptionOptions.Enabled"), false),
		Problem: "traffic between the domain's nodes is not encrypted",
	})
}
