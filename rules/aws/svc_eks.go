package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func eksSecretsWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-148"}, setting.Check{
		Types: []string{"aws_eks_cluster", "AWS::EKS::Cluster"},
		Judge: setting.Either(setting.MustBeSet(parser.A("encryption_config.provider.key_arn", "EncryptionConfig.Provider.KeyArn")),
			mustInclude(parser.A("encryption_config.resources", "EncryptionConfig.Resources"), "secrets")),
		Problem: "Kubernetes secrets are not envelope-encrypted with a customer managed KMS key",
	})
}
