package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func unencryptedBlockStorage() *engine.Rule {
	return &engine.Rule{
		ID:       "AWS-002",
		Name:     "unencrypted-block-storage",
		Title:    "EBS volume is not encrypted at rest",
		Severity: engine.High,
		Description: "An EBS volume, an instance's root or data volume, or a launch template's block device " +
			"is created without encryption. Unencrypted volumes, and the snapshots taken of them, expose data " +
			"to anyone who obtains a copy, and auditors expect every volume to be encrypted at rest.",
		Remediation: engine.Remediation{
			Summary: "Set encrypted = true (Encrypted: true) on every volume and block device, or enable EBS encryption by default in the account.",
			Terraform: `resource "aws_instance" "app" {
  root_block_device {
    encrypted = true
  }
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  encrypted         = true
}`,
			CloudFormation: `DataVolume:
  Type: AWS::EC2::Volume
  Properties:
    AvailabilityZone: eu-west-1a
    Size: 100
    Encrypted: true`,
		},
		Checklist: []string{"DATA-2"},
		SOC2:      []string{"CC6.1"},
		Provider:  "aws",
		Links:     []string{"https://docs.aws.amazon.com/ebs/latest/userguide/ebs-encryption.html"},
		Precision: "high",
		Check:     checkUnencryptedBlockStorage,
	}
}

func checkUnencryptedBlockStorage(p *engine.Pass) {
	byDefault := encryptionByDefault(p)
	for _, res := range p.ResourcesOfType("aws_ebs_volume", "aws_instance", "aws_launch_template",
		"AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate") {
		if byDefault[res.Module] {
			continue
		}
		b := res.Body
		switch res.Type {
		case "aws_ebs_volume":
			reportUnencrypted(p, res, b, "encrypted", "volume")
		case "AWS::EC2::Volume":
			reportUnencrypted(p, res, b, "Encrypted", "volume")
		case "aws_instance":
			roots := b.Get("root_block_device")
			// An instance launched from a launch template gets its volumes
			// from the template, which is checked on its own.
			if roots == nil && b.Get("launch_template") == nil {
				p.Report(res, nil, "%s has no root_block_device with encrypted = true: its root volume is not encrypted", res.Address)
			}
			for _, d := range roots.Items() {
				reportUnencrypted(p, res, d, "encrypted", "root volume")
			}
			for _, d := range b.Get("ebs_block_device").Items() {
				reportUnencrypted(p, res, d, "encrypted", "EBS block device")
			}
		case "aws_launch_template":
			for _, m := range b.Get("block_device_mappings").Items() {
				for _, ebs := range m.Get("ebs").Items() {
					reportUnencrypted(p, res, ebs, "encrypted", "block device "+deviceName(m, "device_name"))
				}
			}
		case "AWS::EC2::Instance":
			maps := b.Get("BlockDeviceMappings")
			if maps == nil && b.Get("LaunchTemplate") == nil {
				p.Report(res, nil, "%s has no BlockDeviceMappings with Ebs.Encrypted: its root volume is not encrypted", res.Address)
			}
			for _, m := range maps.Items() {
				for _, ebs := range m.Get("Ebs").Items() {
					reportUnencrypted(p, res, ebs, "Encrypted", "block device "+deviceName(m, "DeviceName"))
				}
			}
		case "AWS::EC2::LaunchTemplate":
			for _, m := range b.Path("LaunchTemplateData", "BlockDeviceMappings").Items() {
				for _, ebs := range m.Get("Ebs").Items() {
					reportUnencrypted(p, res, ebs, "Encrypted", "block device "+deviceName(m, "DeviceName"))
				}
			}
		}
	}
}

// reportUnencrypted reports obj when its encryption flag is known to be
// false or is absent (the providers default to unencrypted). An unknown
// flag is skipped.
func reportUnencrypted(p *engine.Pass, res *parser.Resource, obj *parser.Value, flag, what string) {
	if obj == nil || !obj.IsKnown() {
		return
	}
	v := obj.Get(flag)
	if v.IsNull() {
		at := obj
		if obj.Range.IsZero() || obj == res.Body {
			at = nil
		}
		p.Report(res, at, "%s: %s is not encrypted (%s is not set)", res.Address, what, flag)
		return
	}
	if enc, ok := v.AsBool(); ok && !enc {
		p.Report(res, v, "%s: %s is not encrypted (%s = false)", res.Address, what, flag)
	}
}

func deviceName(m *parser.Value, attr string) string {
	if s, ok := m.Get(attr).AsString(); ok {
		return s
	}
	return "(unnamed)"
}

// encryptionByDefault returns the modules and templates that turn on EBS
// encryption by default for the account and region.
func encryptionByDefault(p *engine.Pass) map[string]bool {
	out := map[string]bool{}
	for _, res := range p.ResourcesOfType("aws_ebs_encryption_by_default") {
		en := res.Body.Get("enabled")
		if on, ok := en.AsBool(); en.IsNull() || ok && on {
			out[res.Module] = true
		}
	}
	return out
}
