package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func eksSecretsWithoutKMS() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-148",
		Name:     "eks-secrets-without-kms",
		Title:    "EKS cluster does not envelope-encrypt Kubernetes secrets with a KMS key of its own",
		Severity: engine.Low,
		Description: "An EKS cluster has no encryption_config (EncryptionConfig) naming a KMS key for the " +
			"\"secrets\" resource. etcd volumes are always encrypted, and since 2025 EKS also envelope-encrypts " +
			"Kubernetes API data with an AWS owned key on Kubernetes 1.28 and later; what is missing is " +
			"envelope encryption under a key the account controls, whose use is logged in CloudTrail and whose " +
			"access can be revoked. The severity is low for that reason. A key whose value is unknown is not reported.",
		Remediation: engine.Remediation{Summary: "Add encryption_config { resources = [\"secrets\"] provider { key_arn = <KMS key ARN> } } (EncryptionConfig with Provider.KeyArn)."},
		Checklist:   []string{"DATA-5"},
		Links: []string{
			"https://docs.aws.amazon.com/eks/latest/userguide/envelope-encryption.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/eks_cluster#encryption_config",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-properties-eks-cluster-encryptionconfig.html",
		},
		Precision: "high",
	}, setting.Check{
		Types:   []string{"aws_eks_cluster", "AWS::EKS::Cluster"},
		Judge:   setting.MustBeSet(parser.A("encryption_config.provider.key_arn", "EncryptionConfig.Provider.KeyArn")),
		Problem: "Kubernetes secrets are not envelope-encrypted with a customer managed KMS key",
	})
}
