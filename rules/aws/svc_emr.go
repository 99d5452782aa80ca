package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// emrConfig is the security configuration document of an EMR security
// configuration: a JSON string in Terraform, a JSON object (or string) in
// CloudFormation.
var emrConfig = parser.A("configuration", "SecurityConfiguration")

var emrTypes = []string{"aws_emr_security_configuration", "AWS::EMR::SecurityConfiguration"}

// emrEncryption returns the EncryptionConfiguration of res's document, or
// a verdict when it cannot be read: CannotTell when unknown, No when the
// document is not JSON (EMR rejects it before encryption matters).
func emrEncryption(res *parser.Resource) (*parser.Value, *parser.Verdict) {
	raw := emrConfig.Of(res)
	if parser.Set(raw) == parser.CannotTell {
		v := parser.Unknowable(raw, emrConfig.Name(res))
		return nil, &v
	}
	doc := policyDocument(raw)
	if doc == nil {
		return nil, &parser.Decided
	}
	return doc.Get("EncryptionConfiguration"), nil
}

// emrFlag judges one Enable...Encryption flag of the document (absent is
// false, as in EMR).
func emrFlag(flag string) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		enc, v := emrEncryption(res)
		if v != nil {
			return *v
		}
		if enc == nil {
			return parser.Bad(nil, "the configuration has no EncryptionConfiguration")
		}
		return parser.NotTrue(enc.Get(flag), "EncryptionConfiguration."+flag, false)
	}
}

func emrAtRestEncryptionDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-157"}, setting.Check{
		Types: emrTypes,
		Judge: setting.Either(emrFlag("EnableAtRestEncryption"), func(res *parser.Resource) parser.Verdict {
			enc, v := emrEncryption(res)
			if v != nil || enc == nil || !enc.Get("EnableAtRestEncryption").IsTrue() {
				return parser.Decided
			}
			rest := enc.Get("AtRestEncryptionConfiguration")
			if parser.Set(rest) == parser.CannotTell {
				return parser.Unknowable(rest, "AtRestEncryptionConfiguration")
			}
			return parser.NotSet(rest.Get("LocalDiskEncryptionConfiguration"), "AtRestEncryptionConfiguration.LocalDiskEncryptionConfiguration")
		}),
		Problem: "the cluster's disks are not encrypted at rest",
	})
}

func emrInTransitEncryptionDisabled() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-158"}, setting.Check{
		Types:   emrTypes,
		Judge:   emrFlag("EnableInTransitEncryption"),
		Problem: "traffic between the cluster's nodes is not encrypted",
	})
}
