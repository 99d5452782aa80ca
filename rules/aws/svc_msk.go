package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func mskPlaintextTraffic() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-143"}, setting.Check{
		Types: []string{"aws_msk_cluster", "AWS::MSK::Cluster"},
		Judge: setting.Either(
			setting.MustNotBe(parser.A("encryption_info.encryption_in_transit.client_broker",
				"EncryptionInfo.EncryptionInTransit.ClientBroker"), "", "PLAINTEXT", "TLS_PLAINTEXT"),
			setting.MustBeTrue(parser.A("encryption_info.encryption_in_transit.in_cluster",
				"EncryptionInfo.EncryptionInTransit.InCluster"), true)),
		Problem: "Kafka traffic may cross the network unencrypted",
	})
}
