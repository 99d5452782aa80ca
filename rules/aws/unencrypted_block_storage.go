package aws

import (
	"slices"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

func checkUnencryptedBlockStorage(p *engine.Pass) { blockStorage(p, nil) }

// blockStorage is AWS-002; keys, under require-customer-key, also judges
// the key of every encrypted volume and device.
func blockStorage(p *engine.Pass, keys *ebsKeys) {
	byDefault := encryptionByDefault(p)
	for _, res := range p.ResourcesOfType("aws_ebs_encryption_by_default") {
		// enabled defaults to true; false turns the account's default off.
		p.Judge(res, parser.NotTrue(res.Body.Get("enabled"), "enabled", true), "EBS encryption by default is turned off for the account and region")
	}
	types := append([]string{"aws_ebs_volume", "aws_ebs_snapshot", "aws_instance", "aws_spot_instance_request",
		"aws_launch_template", "aws_launch_configuration", "aws_spot_fleet_request",
		"AWS::EC2::Volume", "AWS::EC2::Instance", "AWS::EC2::LaunchTemplate", "AWS::AutoScaling::LaunchConfiguration",
		"AWS::EC2::SpotFleet"},
		blockStorageCopyTypes...)
	for _, res := range p.ResourcesOfType(types...) {
		// Under require-customer-key, AMI and snapshot copies are judged for
		// their key even where encryption is on by default.
		images := slices.Contains(blockStorageCopyTypes, res.Type) && res.Type != "aws_ami_copy" && res.Type != "aws_ebs_snapshot_copy"
		if byDefault[res.Module] && (keys == nil || images) || res.Data || !p.BodyKnown(res) {
			continue
		}
		b := res.Body
		device := func(obj *parser.Value, flag, snapshotAttr, what string) {
			judgeDevice(p, res, obj, flag, snapshotAttr, what, keys)
		}
		switch res.Type {
		case "aws_ami", "aws_ami_copy", "aws_ebs_snapshot_copy", "aws_dlm_lifecycle_policy", "AWS::DLM::LifecyclePolicy":
			judgeImagesAndCopies(p, res, keys)
		case "aws_ebs_volume":
			device(b, "encrypted", "snapshot_id", "volume")
		case "aws_ebs_snapshot":
			if keys == nil {
				judgeSnapshotSource(p, res)
			}
		case "AWS::EC2::Volume":
			device(b, "Encrypted", "SnapshotId", "volume")
		case "aws_instance", "aws_spot_instance_request", "aws_launch_configuration":
			roots := b.Get("root_block_device")
			// An instance launched from a launch template gets its volumes
			// from the template, which is checked on its own.
			if roots == nil && b.Get("launch_template") == nil && !keys.rootFromAMI(p, res) {
				p.Report(res, nil, "%s has no root_block_device with encrypted = true: its root volume is not encrypted", res.Address)
			}
			judgeBlocks(p, res, roots, "root_block_device")
			for _, d := range roots.Items() {
				device(d, "encrypted", "", "root volume")
			}
			judgeBlocks(p, res, b.Get("ebs_block_device"), "ebs_block_device")
			for _, d := range b.Get("ebs_block_device").Items() {
				device(d, "encrypted", "snapshot_id", "EBS block device")
			}
		case "aws_spot_fleet_request":
			judgeSpotFleetSpecs(p, res, keys, device)
		case "AWS::EC2::SpotFleet":
			judgeSpotFleetSpecsCFN(p, res, keys, device)
		case "aws_launch_template":
			judgeBlocks(p, res, b.Get("block_device_mappings"), "block_device_mappings")
			for _, m := range b.Get("block_device_mappings").Items() {
				judgeBlocks(p, res, m.Get("ebs"), "block_device_mappings.ebs")
				for _, ebs := range m.Get("ebs").Items() {
					device(ebs, "encrypted", "snapshot_id", "block device "+deviceName(m, "device_name"))
				}
			}
		case "AWS::EC2::Instance", "AWS::AutoScaling::LaunchConfiguration":
			maps := b.Get("BlockDeviceMappings")
			if maps == nil && b.Get("LaunchTemplate") == nil && !keys.rootFromAMI(p, res) {
				p.Report(res, nil, "%s has no BlockDeviceMappings with Ebs.Encrypted: its root volume is not encrypted", res.Address)
			}
			judgeBlocks(p, res, maps, "BlockDeviceMappings")
			if maps != nil && b.Get("LaunchTemplate") == nil && !keys.rootFromAMI(p, res) {
				judgeRootMapped(p, res, maps)
			}
			for _, m := range maps.Items() {
				judgeBlocks(p, res, m.Get("Ebs"), "BlockDeviceMappings.Ebs")
				for _, ebs := range m.Get("Ebs").Items() {
					device(ebs, "Encrypted", "SnapshotId", "block device "+deviceName(m, "DeviceName"))
				}
			}
		case "AWS::EC2::LaunchTemplate":
			judgeBlocks(p, res, b.Path("LaunchTemplateData", "BlockDeviceMappings"), "LaunchTemplateData.BlockDeviceMappings")
			for _, m := range b.Path("LaunchTemplateData", "BlockDeviceMappings").Items() {
				judgeBlocks(p, res, m.Get("Ebs"), "BlockDeviceMappings.Ebs")
				for _, ebs := range m.Get("Ebs").Items() {
					device(ebs, "Encrypted", "SnapshotId", "block device "+deviceName(m, "DeviceName"))
				}
			}
		}
	}
}

// judgeVolume judges the encryption flag of one volume or block device
// obj. Absent means unencrypted (the providers' default), unless the
// volume is created from a snapshot (snapshotAttr is set), whose
// encryption it inherits. An unknown flag or device is a note.
func judgeVolume(p *engine.Pass, res *parser.Resource, obj *parser.Value, flag, snapshotAttr, what string) {
	judgeDevice(p, res, obj, flag, snapshotAttr, what, nil)
}

// judgeDevice is judgeVolume; keys, when not nil, also judges the key of
// an encrypted volume (require-customer-key).
func judgeDevice(p *engine.Pass, res *parser.Resource, obj *parser.Value, flag, snapshotAttr, what string, keys *ebsKeys) {
	if obj == nil {
		return
	}
	if parser.Set(obj) == parser.CannotTell {
		p.CannotTell(res, obj, parser.Unknowable(obj, what).Detail)
		return
	}
	v := obj.Get(flag)
	if v.IsNull() && snapshotAttr != "" && parser.AnySet(obj.Get(snapshotAttr)) {
		return
	}
	// A volume that names a KMS key is encrypted with it: EC2 refuses the
	// key when encryption is turned off.
	kms := "kms_key_id"
	if flag == "Encrypted" {
		kms = "KmsKeyId"
	}
	if keys.judge(p, res, obj, v, kms, what) {
		return
	}
	if v.IsNull() && parser.AnySet(obj.Get(kms)) {
		return
	}
	verdict := parser.NotTrue(v, flag, false)
	if verdict.Answer == parser.Yes && verdict.At == nil && obj != res.Body && !obj.Range.IsZero() {
		verdict.At = obj
	}
	p.Judge(res, verdict, what+" is not encrypted")
}

// judgeSnapshotSource judges an EBS snapshot (aws_ebs_snapshot) by the
// volume it is taken of: a snapshot is encrypted exactly when its volume
// is, so a snapshot of a scanned volume that is not encrypted is not
// encrypted either. When volume_id may name several scanned volumes
// (for_each over a set of volumes), it is reported when none of them is
// encrypted. A volume outside the scan, or one whose encryption is not
// known, is a note; a volume created from a snapshot without the flag
// inherits that snapshot's encryption and is not judged.
func judgeSnapshotSource(p *engine.Pass, res *parser.Resource) {
	id := res.Body.Get("volume_id")
	vols := p.Referenced(res, "volume_id", "aws_ebs_volume")
	if len(vols) == 0 {
		p.CannotTell(res, id, res.Address+" depends on the encryption of the volume it is taken of (volume_id), which is not in the scanned code")
		return
	}
	plain, unknown := 0, ""
	for _, vol := range vols {
		b := vol.Body
		if !p.BodyKnown(vol) {
			return
		}
		enc := b.Get("encrypted")
		if enc.IsNull() && (parser.AnySet(b.Get("snapshot_id")) || parser.AnySet(b.Get("kms_key_id"))) {
			continue
		}
		switch parser.NotTrue(enc, "encrypted", false).Answer {
		case parser.Yes:
			plain++
		case parser.CannotTell:
			unknown = vol.Address + ".encrypted"
		}
	}
	switch {
	case plain == len(vols) && len(vols) == 1:
		p.Report(res, id, "%s is taken of %s, which is not encrypted: the snapshot is not encrypted either", res.Address, vols[0].Address)
	case plain == len(vols):
		p.Report(res, id, "%s is taken of one of %d volumes (%s, ...), none of which is encrypted: the snapshot is not encrypted either", res.Address, len(vols), vols[0].Address)
	case unknown != "" || plain > 0:
		if unknown == "" {
			unknown = "which of the volumes volume_id names (some are encrypted, some are not)"
		}
		p.CannotTell(res, id, res.Address+" depends on "+unknown)
	}
}

// rootDeviceNames are the root device names of the AMIs EC2 publishes and
// the Marketplace uses (/dev/xvda on Amazon Linux and most HVM Linux
// images, /dev/sda1 on Ubuntu, Debian, RHEL, SUSE and Windows).
var rootDeviceNames = []string{"/dev/xvda", "/dev/sda1", "/dev/sda", "xvda", "sda1"}

// judgeRootMapped reports a CloudFormation instance or launch
// configuration whose BlockDeviceMappings map only other devices: its root
// volume then comes from the AMI's snapshot unencrypted (unless encryption
// by default is on, which the caller has ruled out), as a Terraform
// instance without root_block_device does. A device name that is not
// known is a note.
func judgeRootMapped(p *engine.Pass, res *parser.Resource, maps *parser.Value) {
	if parser.Set(maps) == parser.CannotTell {
		return // judgeBlocks has noted it
	}
	for _, m := range maps.Items() {
		name := m.Get("DeviceName")
		s, ok := name.AsString()
		if !ok {
			if parser.Set(name) == parser.CannotTell {
				p.CannotTell(res, name, parser.Unknowable(name, "BlockDeviceMappings.DeviceName").Detail)
				return
			}
			continue
		}
		if slices.Contains(rootDeviceNames, s) {
			return
		}
	}
	p.Report(res, maps, "%s maps no root device (/dev/xvda or /dev/sda1) in BlockDeviceMappings: its root volume comes from the AMI unencrypted", res.Address)
}

// judgeBlocks notes res as undecided when its list of devices is unknown.
func judgeBlocks(p *engine.Pass, res *parser.Resource, list *parser.Value, name string) {
	if parser.Set(list) == parser.CannotTell {
		p.CannotTell(res, list, parser.Unknowable(list, name).Detail)
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

// judgeSpotFleetSpecs judges the launch_specification blocks of a spot
// fleet request (tscan26): each launches instances as aws_instance does,
// with a root volume from the AMI (not encrypted unless the AMI's snapshot
// or the account's default is) unless root_block_device says encrypted,
// and its ebs_block_device volumes. A fleet that launches from launch
// templates (launch_template_config) has its volumes judged on the
// templates.
func judgeSpotFleetSpecs(p *engine.Pass, res *parser.Resource, keys *ebsKeys, device func(*parser.Value, string, string, string)) {
	specs := res.Body.Get("launch_specification")
	judgeBlocks(p, res, specs, "launch_specification")
	for _, ls := range specs.Items() {
		if parser.Set(ls) == parser.CannotTell {
			continue
		}
		roots := ls.Get("root_block_device")
		if roots == nil && !keys.rootFromAMI(p, res) {
			p.Report(res, ls, "%s: a launch specification has no root_block_device with encrypted = true: the root volumes of its instances are not encrypted", res.Address)
		}
		judgeBlocks(p, res, roots, "launch_specification.root_block_device")
		for _, d := range roots.Items() {
			device(d, "encrypted", "", "root volume of a launch specification")
		}
		judgeBlocks(p, res, ls.Get("ebs_block_device"), "launch_specification.ebs_block_device")
		for _, d := range ls.Get("ebs_block_device").Items() {
			device(d, "encrypted", "snapshot_id", "EBS block device of a launch specification")
		}
	}
}

// judgeSpotFleetSpecsCFN is judgeSpotFleetSpecs for AWS::EC2::SpotFleet:
// SpotFleetRequestConfigData.LaunchSpecifications, each with its
// BlockDeviceMappings as an AWS::EC2::Instance has them.
func judgeSpotFleetSpecsCFN(p *engine.Pass, res *parser.Resource, keys *ebsKeys, device func(*parser.Value, string, string, string)) {
	specs := res.Body.Path("SpotFleetRequestConfigData", "LaunchSpecifications")
	judgeBlocks(p, res, specs, "SpotFleetRequestConfigData.LaunchSpecifications")
	for _, ls := range specs.Items() {
		if parser.Set(ls) == parser.CannotTell {
			continue
		}
		maps := ls.Get("BlockDeviceMappings")
		if maps == nil && !keys.rootFromAMI(p, res) {
			p.Report(res, ls, "%s: a launch specification has no BlockDeviceMappings with Ebs.Encrypted: the root volumes of its instances are not encrypted", res.Address)
		}
		judgeBlocks(p, res, maps, "LaunchSpecifications.BlockDeviceMappings")
		if maps != nil && !keys.rootFromAMI(p, res) {
			judgeRootMapped(p, res, maps)
		}
		for _, m := range maps.Items() {
			judgeBlocks(p, res, m.Get("Ebs"), "BlockDeviceMappings.Ebs")
			for _, ebs := range m.Get("Ebs").Items() {
				device(ebs, "Encrypted", "SnapshotId", "block device "+deviceName(m, "DeviceName")+" of a launch specification")
			}
		}
	}
}
