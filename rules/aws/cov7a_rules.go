package aws

import (
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage7aRules are the rules the seventh coverage pass added for the
// services from A to E.
func coverage7aRules() []*engine.Rule {
	return []*engine.Rule{snapshotOrImagePublic()}
}

// snapshotOrImagePublic reports snapshots and images shared with the group
// "all", that is with every AWS account.
func snapshotOrImagePublic() *engine.Rule {
	// A snapshot names its accounts in shared_accounts; an AMI launch
	// permission names one account, organization or group.
	return setting.Rule(engine.Rule{ID: "AWS-220"}, setting.Check{
		Types: []string{"aws_db_snapshot", "aws_db_cluster_snapshot", "aws_ami_launch_permission"},
		Judge: setting.Either(listNamesAll(parser.A("shared_accounts", "")),
			setting.MustNotBe(parser.A("group", ""), "", "all")),
		Problem: "every AWS account may restore the snapshot or launch the image",
	}, setting.Check{
		Types:   []string{"aws_imagebuilder_distribution_configuration", "AWS::ImageBuilder::DistributionConfiguration"},
		Judge:   distributesPublicImage,
		Problem: "the images it distributes can be launched by every AWS account",
	}, setting.Check{
		// permissions.account_ids is a comma-separated list or "All".
		Types:   []string{"aws_ssm_document"},
		If:      setting.Is(parser.A("permissions.type", ""), "", "Share"),
		Judge:   ssmDocumentSharedWithAll,
		Problem: "every AWS account can read and run the document",
	})
}

// ssmDocumentSharedWithAll judges an SSM document's permissions.account_ids.
func ssmDocumentSharedWithAll(res *parser.Resource) parser.Verdict {
	a := parser.A("permissions.account_ids", "")
	v := a.Of(res)
	if parser.Set(v) == parser.CannotTell {
		return parser.Unknowable(v, a.Name(res))
	}
	s, _ := v.AsString()
	for _, id := range strings.Split(s, ",") {
		if strings.EqualFold(strings.TrimSpace(id), "all") {
			return parser.Bad(v, a.Name(res)+` names "All"`)
		}
	}
	return parser.Decided
}

// listNamesAll judges a list setting that must not name the group "all".
func listNamesAll(a parser.Attr) setting.Judge {
	return func(res *parser.Resource) parser.Verdict {
		return namesAll(a.Of(res), a.Name(res))
	}
}

func namesAll(v *parser.Value, name string) parser.Verdict {
	elems, unknown := setting.Elems(v)
	for _, e := range elems {
		if e.IsAnyOf("all") {
			return parser.Bad(e, name+` names "all"`)
		}
	}
	if unknown != nil {
		return parser.Unknowable(unknown, name)
	}
	return parser.Decided
}

// distributesPublicImage judges the launch permissions of every Region an
// Image Builder distribution configuration copies its AMI to.
func distributesPublicImage(res *parser.Resource) parser.Verdict {
	dists, unknown := setting.Blocks(imageDistributions.Of(res))
	if unknown != nil {
		return parser.Unknowable(unknown, imageDistributions.Name(res))
	}
	var vs []parser.Verdict
	for _, d := range dists {
		perms, unknown := setting.Blocks(parser.Lookup(d, imageLaunchPermission.Path(res)))
		if unknown != nil {
			vs = append(vs, parser.Unknowable(unknown, imageLaunchPermission.Name(res)))
			continue
		}
		for _, lp := range perms {
			vs = append(vs, namesAll(parser.Lookup(lp, imageUserGroups.Path(res)), imageUserGroups.Name(res)))
		}
	}
	return parser.Either(vs...)
}

// An Image Builder distribution's launch permission, read within each
// distribution, and its user groups, read within the permission.
var (
	imageDistributions    = parser.A("distribution", "Distributions")
	imageLaunchPermission = parser.A("ami_distribution_configuration.launch_permission",
		"AmiDistributionConfiguration.LaunchPermissionConfiguration")
	imageUserGroups = parser.A("user_groups", "UserGroups")
)
