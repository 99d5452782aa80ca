package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func mskPlaintextTraffic() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-143",
		Name:     "msk-plaintext-traffic",
		Title:    "MSK cluster allows plaintext traffic between clients and brokers or between brokers",
		Severity: engine.High,
		Description: "An Amazon MSK cluster sets encryption_info.encryption_in_transit.client_broker " +
			"(EncryptionInfo.EncryptionInTransit.ClientBroker) to PLAINTEXT or TLS_PLAINTEXT, or in_cluster " +
			"(InCluster) to false, so records cross the network unencrypted. The defaults are TLS and true: a " +
			"cluster that does not write these settings is not reported. MSK always encrypts data at rest, so " +
			"at-rest encryption is not judged; MSK Serverless always uses TLS. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set client_broker = \"TLS\" (ClientBroker: TLS) and in_cluster = true (InCluster: true), or remove them to get those defaults."},
		Checklist:   []string{"DATA-4"},
		Links: []string{
			"https://docs.aws.amazon.com/msk/latest/developerguide/msk-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/msk_cluster#encryption_in_transit",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-msk-cluster-encryptionintransit.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"aws_msk_cluster", "AWS::MSK::Cluster"},
		Judge: setting.Either(
			setting.MustNotBe(parser.A("encryption_info.encryption_in_transit.client_broker",
				"EncryptionInfo.EncryptionInTransit.ClientBroker"), "", "PLAINTEXT", "TLS_PLAINTEXT"),
			setting.MustBeTrue(parser.A("encryption_info.encryption_in_transit.in_cluster",
				"EncryptionInfo.EncryptionInTransit.InCluster"), true)),
		Problem: "Kafka traffic may cross the network unencrypted",
	})
}
