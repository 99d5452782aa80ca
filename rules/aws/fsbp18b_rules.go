package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverageFsbp18bRules are the rules the sample of HashiCorp's FSBP Sentinel
// policy set (AWS services e..k, session 18) added.
func coverageFsbp18bRules() []*engine.Rule {
	return []*engine.Rule{ecsHostNamespaces(), snapshotSharingUnblocked(), emrPublicAccessBlockOff(),
		efsAccessPointUnconfined(), {ID: "AWS-361", Check: checkIAMDecryptEveryKey}}
}

// ecsHostNamespaces is AWS-357: an ECS task definition whose containers
// share the process or IPC namespace of their host container instance.
func ecsHostNamespaces() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-357"}, setting.Check{
		Types:   []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge:   setting.MustNotBe(parser.A("pid_mode", "PidMode"), "", "host"),
		Problem: "the containers share the host's process namespace: they see every process of the instance and may signal or trace them",
	}, setting.Check{
		Types:   []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		Judge:   setting.MustNotBe(parser.A("ipc_mode", "IpcMode"), "", "host"),
		Problem: "the containers share the host's IPC namespace: they may read and write the shared memory of every process of the instance",
	}, setting.Check{
		// Tasks default to the bridge network mode on Linux instances.
		Types:   []string{"aws_ecs_task_definition", "AWS::ECS::TaskDefinition"},
		If:      setting.Is(parser.A("network_mode", "NetworkMode"), "bridge", "host"),
		Judge:   ecsRootContainer(parser.A("container_definitions", "ContainerDefinitions")),
		Problem: "the containers share the host's network namespace and a container runs as root: it may open raw sockets and privileged ports on the instance's own interfaces",
	})
}

// ecsRootContainer judges the containers of a task definition in the host
// network mode: Yes for a container that is not privileged (privileged
// containers are AWS-330's) and names root or UID 0 as its user ("root",
// "0", "0:0", "root:staff"). A container that names no user runs as its
// image's, which the code does not show: it is not judged.
func ecsRootContainer(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		var unknown *parser.Verdict
		for _, c := range containerDefinitions(a.Of(res)) {
			if b, ok := firstOf(c, "privileged", "Privileged").AsBool(); ok && b {
				continue
			}
			name, _ := firstOf(c, "name", "Name").AsString()
			u := firstOf(c, "user", "User")
			if u == nil || u.IsNull() {
				// The image decides (node-exporter's is nobody): not judged.
				continue
			}
			s, ok := u.AsString()
			if !ok {
				if !u.IsKnown() {
					v := parser.Unknowable(u, a.Name(res)+" user of container "+name)
					unknown = &v
				}
				continue
			}
			if user, _, _ := strings.Cut(strings.TrimSpace(s), ":"); user == "" || user == "root" || user == "0" {
				return parser.Bad(u, "container "+name+" runs as root (user "+s+")")
			}
		}
		if unknown != nil {
			return *unknown
		}
		return parser.Decided
	}
}

// snapshotSharingUnblocked is AWS-358: the account-level block public
// access of EBS snapshots or AMIs turned off (unblocked: Terraform only,
// the CloudFormation resource accepts only the blocking states, and AMIs
// have none), or that of snapshots in block-new-sharing mode, which
// leaves the snapshots already shared publicly restorable by everyone
// (AMIs have no stronger mode).
func snapshotSharingUnblocked() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-358"}, setting.Check{
		Types:   []string{"aws_ebs_snapshot_block_public_access"},
		Judge:   setting.MustNotBe(parser.A("state", ""), "", "unblocked"),
		Problem: "block public access for EBS snapshots is off in this Region: any snapshot of the account may be shared with everyone",
	}, setting.Check{
		Types:   []string{"aws_ebs_snapshot_block_public_access", "AWS::EC2::SnapshotBlockPublicAccess"},
		Judge:   setting.MustNotBe(parser.A("state", "State"), "", "block-new-sharing"),
		Problem: "block public access for EBS snapshots blocks only new sharing in this Region: snapshots already shared publicly stay restorable by everyone",
	}, setting.Check{
		Types:   []string{"aws_ec2_image_block_public_access"},
		Judge:   setting.MustNotBe(parser.A("state", ""), "", "unblocked"),
		Problem: "block public access for AMIs is off in this Region: any image of the account may be made public",
	})
}

// emrPublicAccessBlockOff is AWS-359: Amazon EMR block public access
// turned off for the Region (Terraform only: CloudFormation has no such
// resource).
func emrPublicAccessBlockOff() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-359"}, setting.Check{
		Types: []string{"aws_emr_block_public_access_configuration"},
		// The argument is required; the service's default is on.
		Judge:   setting.MustBeTrue(parser.A("block_public_security_group_rules", ""), true),
		Problem: "EMR block public access is off: clusters may start with security group rules open to 0.0.0.0/0 or ::/0 on any port",
	})
}

// efsAccessPointUnconfined is AWS-360: an EFS access point that enforces no
// POSIX user, or whose root directory is the file system's root.
func efsAccessPointUnconfined() *engine.Rule {
	return setting.Rule(engine.Rule{ID: "AWS-360"}, setting.Check{
		Types:   []string{"aws_efs_access_point", "AWS::EFS::AccessPoint"},
		Judge:   setting.MustBeSet(parser.A("posix_user", "PosixUser")),
		Problem: "the access point enforces no POSIX user: each NFS client acts with the user and group IDs it claims, root included",
	}, setting.Check{
		Types:   []string{"aws_efs_access_point", "AWS::EFS::AccessPoint"},
		Judge:   setting.MustNotBe(parser.A("root_directory.path", "RootDirectory.Path"), "/", "/"),
		Problem: "the access point's root directory is the file system's root (/): its clients reach every directory of the file system",
	})
}

// iamDecryptActions read the plaintext of data encrypted under a KMS key.
var iamDecryptActions = []string{"kms:Decrypt", "kms:ReEncryptFrom"}

func checkIAMDecryptEveryKey(p *engine.Pass) {
	iamStarGrants(p, iamDecryptActions, "which lets a principal decrypt whatever any KMS key of the account encrypted, unless the key's policy keeps IAM policies out")
}
