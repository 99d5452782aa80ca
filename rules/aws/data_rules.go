package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// dataRules returns the AWS rules for encryption of other data stores and keys (DATA-3, DATA-5).
func dataRules() []*engine.Rule {
	return []*engine.Rule{
		dataSQSEncryptionDisabled(),
		dataEFSNotEncrypted(),
		dataKMSRotationDisabled(),
		dataKinesisNotEncrypted(),
		dataDAXNotEncrypted(),
		dataSearchDomainNotEncrypted(),
	}
}

// dataUnset reports whether v is absent, null or a known empty string:
// an optional key id the provider treats as not given.
func dataUnset(v *parser.Value) bool {
	if v.IsNull() {
		return true
	}
	s, ok := v.AsString()
	return ok && v.Kind == parser.String && s == ""
}

// dataReportOff reports res when obj's boolean flag is known false, or
// absent while the cloud default is off. An unknown flag is skipped. The
// finding points at the flag, else at obj when obj is a block of its own,
// else at the resource. label names the flag in the message.
func dataReportOff(p *engine.Pass, res *parser.Resource, obj *parser.Value, flag, label, what string) {
	if obj == nil || !obj.IsKnown() {
		return
	}
	v := obj.Get(flag)
	if v.IsNull() {
		at := obj
		if obj == res.Body || obj.Range.IsZero() {
			at = nil
		}
		p.Report(res, at, "%s: %s (%s is not set, and the default is false)", res.Address, what, label)
		return
	}
	if on, ok := v.AsBool(); ok && !on {
		p.Report(res, v, "%s: %s (%s = false)", res.Address, what, label)
	}
}
