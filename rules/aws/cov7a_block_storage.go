package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// Images and snapshot copies, judged by AWS-002 beside volumes and
// instances: an AMI's EBS block devices, AMI and snapshot copies, and the
// cross-Region copies a Data Lifecycle Manager policy makes.

// blockStorageCopyTypes are the resource types judgeImagesAndCopies reads.
var blockStorageCopyTypes = []string{"aws_ami", "aws_ami_copy", "aws_ebs_snapshot_copy",
	"aws_dlm_lifecycle_policy", "AWS::DLM::LifecyclePolicy"}

// dlmCopyPaths are the nested blocks of a lifecycle policy that hold a
// cross-Region copy's encryption flag: the copy rules of a schedule, and
// the copies of an event-based policy's action.
var dlmCopyPaths = map[parser.Format][][]string{
	parser.Terraform: {
		{"policy_details", "schedule", "cross_region_copy_rule"},
		{"policy_details", "action", "cross_region_copy", "encryption_configuration"},
	},
	parser.CloudFormation: {
		{"PolicyDetails", "Schedules", "CrossRegionCopyRules"},
		{"PolicyDetails", "Actions", "CrossRegionCopy", "EncryptionConfiguration"},
	},
}

// judgeImagesAndCopies judges res, one of blockStorageCopyTypes. A copy
// keeps an encrypted source's encryption but leaves an unencrypted source
// unencrypted unless it asks for encryption (off by default), so a copy
// that does not ask is reported. Under require-customer-key (keys not
// nil), an AMI or snapshot copy that is encrypted must name a customer
// managed key in kms_key_id: without one, EC2 encrypts the copy with the
// account's default EBS key; so must an encrypted cross-Region copy of a
// lifecycle policy in cmk_arn (CmkArn).
func judgeImagesAndCopies(p *engine.Pass, res *parser.Resource, keys *ebsKeys) {
	b := res.Body
	switch res.Type {
	case "aws_ami":
		// A device built from a snapshot takes the snapshot's encryption.
		judgeBlocks(p, res, b.Get("ebs_block_device"), "ebs_block_device")
		for _, d := range b.Get("ebs_block_device").Items() {
			judgeVolume(p, res, d, "encrypted", "snapshot_id", "EBS block device "+deviceName(d, "device_name"))
		}
	case "aws_ami_copy":
		judgeDevice(p, res, b, "encrypted", "", "the copied image", keys)
	case "aws_ebs_snapshot_copy":
		judgeDevice(p, res, b, "encrypted", "", "the snapshot copy", keys)
	default:
		flag := parser.A("encrypted", "Encrypted").Path(res)
		for _, path := range dlmCopyPaths[res.Format] {
			for _, obj := range dlmBlocks(p, res, b, path) {
				v := parser.NotTrue(obj.Get(flag), flag, false)
				if v.Answer == parser.Yes && v.At == nil {
					v.At = obj
				}
				p.Judge(res, v, "cross-Region snapshot copies of unencrypted volumes are not encrypted")
				if keys != nil && v.Answer == parser.No {
					// Without a key DLM uses the account's default EBS key.
					kms := "cmk_arn"
					if res.Format == parser.CloudFormation {
						kms = "CmkArn"
					}
					k := customerKey(p, res, obj.Get(kms), kms)
					if k.Answer == parser.Yes && k.At == nil {
						k.At = obj.Get(flag)
					}
					p.Judge(res, k, "the cross-Region snapshot copy "+ebsKeyProblem)
				}
			}
		}
	}
}

// dlmBlocks returns the instances of the nested blocks at path under v,
// noting res as undecided where a level cannot be told.
func dlmBlocks(p *engine.Pass, res *parser.Resource, v *parser.Value, path []string) []*parser.Value {
	level := []*parser.Value{v}
	for _, step := range path {
		var next []*parser.Value
		for _, obj := range level {
			items, unknown := setting.Blocks(obj.Get(step))
			if unknown != nil {
				p.CannotTell(res, unknown, parser.Unknowable(unknown, step).Detail)
				continue
			}
			next = append(next, items...)
		}
		level = next
	}
	return level
}
