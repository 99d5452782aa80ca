package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// AWS-002 under require-customer-key: an encrypted volume or block device
// must use a customer managed key, its own (kms_key_id / KmsKeyId) or,
// when it names none, the account's default EBS key.

// ebsKeys is what the strict AWS-002 knows of a pass: the modules that
// turn on encryption by default and the account default key each sets.
type ebsKeys struct {
	byDefault map[string]bool
	// defaults holds, per module, the verdict on the key_arn of its
	// aws_ebs_default_kms_key: No when it is a customer managed key.
	defaults map[string]parser.Verdict
}

const ebsKeyProblem = "is not encrypted with a customer managed KMS key, which the configuration requires"

func checkBlockStorageCustomerKey(p *engine.Pass) {
	k := &ebsKeys{byDefault: encryptionByDefault(p), defaults: map[string]parser.Verdict{}}
	for _, res := range p.ResourcesOfType("aws_ebs_default_kms_key") {
		v := customerKey(p, res, res.Body.Get("key_arn"), "key_arn")
		if v.Answer == parser.Yes {
			v.Detail = res.Address + " names an AWS managed key"
		} else if v.Answer == parser.CannotTell {
			v.Detail = "the account's default EBS key (" + res.Address + ".key_arn) is not known: " + v.Detail
		}
		v.At = nil
		if old, ok := k.defaults[res.Module]; !ok || old.Answer == parser.No {
			k.defaults[res.Module] = v
		}
	}
	blockStorage(p, k)
}

// judge judges, under require-customer-key, the volume or device obj of
// res whose encryption flag is v and whose key setting kmsAttr is key. It
// reports false when the device is not encrypted at all, which the
// default judgement then reports.
func (k *ebsKeys) judge(p *engine.Pass, res *parser.Resource, obj, v *parser.Value, kmsAttr, what string) bool {
	if k == nil {
		return false
	}
	if key := obj.Get(kmsAttr); parser.AnySet(key) {
		p.Judge(res, customerKey(p, res, key, kmsAttr), what+" "+ebsKeyProblem)
		return true
	}
	if !k.byDefault[res.Module] && parser.NotTrue(v, "", false).Answer != parser.No {
		return false
	}
	at := v
	if at == nil && obj != res.Body && !obj.Range.IsZero() {
		at = obj
	}
	p.Judge(res, k.accountKey(res, at), what+" "+ebsKeyProblem)
	return true
}

// accountKey is the verdict on a volume of res that names no key: it is
// encrypted with the account's default EBS key, the AWS managed key
// aws/ebs unless the module sets aws_ebs_default_kms_key.
func (k *ebsKeys) accountKey(res *parser.Resource, at *parser.Value) parser.Verdict {
	v, ok := k.defaults[res.Module]
	if !ok && res.Format == parser.CloudFormation {
		return parser.Bad(at, "no KmsKeyId is named: EBS uses the account's default key, the AWS managed key aws/ebs unless the account's default was changed outside the template")
	}
	if !ok {
		return parser.Bad(at, "no KMS key is named and no aws_ebs_default_kms_key sets the account's default: EBS uses the AWS managed key aws/ebs")
	}
	if v.Answer != parser.No {
		v.At = at
	}
	return v
}

// rootFromAMI judges, under require-customer-key, the root volume an
// instance or launch configuration res takes from its AMI in a module that
// turns on encryption by default. It reports false when there is nothing
// to judge this way (no option, or no encryption by default).
func (k *ebsKeys) rootFromAMI(p *engine.Pass, res *parser.Resource) bool {
	if k == nil || !k.byDefault[res.Module] {
		return false
	}
	p.Judge(res, k.accountKey(res, nil), "the root volume "+ebsKeyProblem)
	return true
}
