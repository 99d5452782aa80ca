package aws

import (
	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func workspacesVolumeNotEncrypted() *engine.Rule {
	return setting.Rule(engine.Rule{
		ID:       "AWS-156",
		Name:     "workspaces-volume-not-encrypted",
		Title:    "WorkSpace root or user volume is not encrypted",
		Severity: engine.High,
		Description: "An Amazon WorkSpace is created with its root volume (root_volume_encryption_enabled / " +
			"RootVolumeEncryptionEnabled) or its user volume (user_volume_encryption_enabled / " +
			"UserVolumeEncryptionEnabled) unencrypted. Both default to false, and encryption cannot be turned " +
			"on for an existing WorkSpace: the desktop's system drive and the user's D: drive, with whatever " +
			"documents and cached credentials they hold, are stored unencrypted. Unknown values are notes.",
		Remediation: engine.Remediation{Summary: "Set root_volume_encryption_enabled and user_volume_encryption_enabled to true (RootVolumeEncryptionEnabled, UserVolumeEncryptionEnabled), with volume_encryption_key (VolumeEncryptionKey) naming a KMS key."},
		Checklist:   []string{"DATA-2"},
		Links: []string{
			"https://docs.aws.amazon.com/workspaces/latest/adminguide/encrypt-workspaces.html",
			"https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/workspaces_workspace",
			"https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-workspaces-workspace.html",
		},
		Precision: "very-high",
	}, setting.Check{
		Types: []string{"aws_workspaces_workspace", "AWS::WorkSpaces::Workspace"},
		Judge: setting.Either(
			setting.MustBeTrue(parser.A("root_volume_encryption_enabled", "RootVolumeEncryptionEnabled"), false),
			setting.MustBeTrue(parser.A("user_volume_encryption_enabled", "UserVolumeEncryptionEnabled"), false)),
		Problem: "the desktop's volumes are not encrypted at rest",
	})
}
