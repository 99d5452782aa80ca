package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func dataKMSRotationDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-042"}, setting.Check{
		Types: []string{"aws_kms_key", "AWS::KMS::Key"},
		// Keys in a custom or external key store do not rotate.
		Unless: []parser.Attr{parser.A("custom_key_store_id", ""), parser.A("xks_key_id", "")},
		If: setting.Both(
			setting.Is(parser.A("customer_master_key_spec", "KeySpec"), "SYMMETRIC_DEFAULT", "SYMMETRIC_DEFAULT"),
			setting.Is(parser.A("key_usage", "KeyUsage"), "ENCRYPT_DECRYPT", "ENCRYPT_DECRYPT"),
			setting.Not(setting.MustBeOneOf(parser.A("", "Origin"), "", "AWS_KMS")),
			// A disabled key is not reported.
			setting.Not(setting.MustBeTrue(parser.A("is_enabled", "Enabled"), true))),
		Judge:   setting.MustBeTrue(parser.A("enable_key_rotation", "EnableKeyRotation"), false),
		Problem: "automatic rotation of the key material is off",
	})
}
