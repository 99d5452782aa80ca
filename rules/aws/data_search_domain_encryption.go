package aws

import (
	"github.com/soc2lint/soc2lint/engine"
)

func dataSearchDomainNotEncrypted() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-045",
		Name:     "opensearch-domain-not-encrypted",
		Title:    "OpenSearch or Elasticsearch domain is not encrypted at rest",
		Severity: engine.High,
		Description: "An Amazon OpenSearch Service domain (aws_opensearch_domain, aws_elasticsearch_domain, " +
			"AWS::OpenSearchService::Domain, AWS::Elasticsearch::Domain) is created without encryption at " +
			"rest: the encrypt_at_rest block (EncryptionAtRestOptions) is absent, or its enabled flag is absent " +
			"or false. Only the console encrypts by default: through the API, the Terraform provider and " +
			"CloudFormation the default is false, and indexes, automated snapshots, logs and swap files are " +
			"stored unencrypted. A domain with fine-grained access control enabled and no encryption setting is " +
			"not reported (the service requires encryption at rest for it), nor is a domain whose setting is " +
			"unknown. Some old instance types (T2) and Elasticsearch versions before 5.1 cannot encrypt: the " +
			"fix then includes changing them.",
		Remediation: engine.Remediation{
			Summary: "Add encrypt_at_rest { enabled = true } (EncryptionAtRestOptions: {Enabled: true}), optionally with a customer managed KMS key.",
			Terraform: `resource "aws_opensearch_domain" "search" {
  domain_name    = "search"
  engine_version = "OpenSearch_2.13"

  encrypt_at_rest {
    enabled = true
  }
}`,
			CloudFormation: `Search:
  Type: AWS::OpenSearchService::Domain
  Properties:
    EngineVersion: OpenSearch_2.13
    EncryptionAtRestOptions:
      Enabled: true`,
		},
		Checklist: []string{"DATA-3"},
		SOC2:      []string{"CC6.1"},
		Provider:  "aws",
		Links: []string{
			"https://docs.aws.amazon.com/opensearch-service/latest/developerguide/encryption-at-rest.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/opensearch_domain#encrypt_at_rest",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-opensearchservice-domain-encryptionatrestoptions.html",
		},
		Precision: "high",
		Check:     checkSearchDomainNotEncrypted,
	}
}

func checkSearchDomainNotEncrypted(p *engine.Pass) {
	const what = "indexes and snapshots are not encrypted at rest"
	for _, res := range p.ResourcesOfType("aws_opensearch_domain", "aws_elasticsearch_domain",
		"AWS::OpenSearchService::Domain", "AWS::Elasticsearch::Domain") {
		b := res.Body
		if !b.IsKnown() {
			continue
		}
		block, flag, fgac := "encrypt_at_rest", "enabled", "advanced_security_options"
		if res.Type == "AWS::OpenSearchService::Domain" || res.Type == "AWS::Elasticsearch::Domain" {
			block, flag, fgac = "EncryptionAtRestOptions", "Enabled", "AdvancedSecurityOptions"
		}
		enc, absent := dataBlock(b, block)
		if absent {
			// Fine-grained access control cannot be created without
			// encryption at rest; an unknown setting may turn it on.
			if sec, secAbsent := dataBlock(b, fgac); !secAbsent {
				if sec == nil {
					continue
				}
				if on := sec.Get(flag); !on.IsNull() {
					if v, ok := on.AsBool(); !ok || v {
						continue
					}
				}
			}
			p.Report(res, nil, "%s: %s (no %s)", res.Address, what, block)
			continue
		}
		dataReportOff(p, res, enc, flag, block+"."+flag, what)
	}
}
