package aws

import (
	"regexp"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage15dRules are the rules that earlier sessions left to the lead's
// decision (session 15): a secret that is never rotated, and no IAM Access
// Analyzer of external access.
func coverage15dRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-302", Check: checkSecretNeverRotated},
		{ID: "AWS-303", Check: checkAccessAnalyzer},
	}
}

// The secret and rotation types, and how a rotation names its secret.
var (
	secretTypes      = []string{"aws_secretsmanager_secret", "AWS::SecretsManager::Secret"}
	rotationTypes    = []string{"aws_secretsmanager_secret_rotation", "AWS::SecretsManager::RotationSchedule"}
	rotationSecretID = parser.A("secret_id", "SecretId")
	smSecretName     = parser.A("name", "Name")
)

// checkSecretNeverRotated is AWS-302: a Secrets Manager secret that no
// rotation of its root names (by reference, through locals, variables and
// modules, or by its name or ARN), and that has no inline rotation_rules
// (providers before v5). When a rotation of the root names its secret by a
// value that cannot be known, the secret may be that one: a note.
func checkSecretNeverRotated(p *engine.Pass) {
	secrets := p.KnownManaged(secretTypes...)
	if len(secrets) == 0 {
		return
	}
	idx := secretRotations.Of(p)
	for _, s := range secrets {
		if s.Format == parser.Terraform && parser.Set(s.Body.Get("rotation_rules")) != parser.No {
			continue
		}
		if idx.rotated[s] {
			continue
		}
		if name, ok := smSecretName.Of(s).AsString(); ok && idx.named[s.Root+"|"+name] {
			continue
		}
		if secretHoldsIdentifiers(p, s) {
			continue
		}
		if r := idx.open[s.Root]; r != nil {
			p.CannotTell(s, nil, r.Address+" may rotate this secret: the secret it names is not known statically")
			continue
		}
		what := "aws_secretsmanager_secret_rotation"
		if s.Format == parser.CloudFormation {
			what = "AWS::SecretsManager::RotationSchedule"
		}
		p.Report(s, nil, "%s is never rotated: no %s of its root module or template names it, so the credential it holds stays valid until someone changes it by hand", s.Address, what)
	}
}

// secretIndex is what the rotations of a scan name: the secrets they
// reference, the secret names (by root) they write as a literal name or
// ARN, and by root the first rotation whose secret cannot be told.
type secretIndex struct {
	rotated map[*parser.Resource]bool
	named   map[string]bool
	open    map[string]*parser.Resource
}

// secretHolders are the resources whose reference stands for a secret's ARN
// (a secret version's arn and secret_id, a target attachment's Ref), with
// the attribute that names their secret.
var secretHolders = map[string]string{
	"aws_secretsmanager_secret_version":           "secret_id",
	"AWS::SecretsManager::SecretTargetAttachment": "SecretId",
}

// rotatedSecrets returns the secrets a rotation references: directly, or
// through a secret version or target attachment.
func rotatedSecrets(p *engine.Pass, r *parser.Resource) []*parser.Resource {
	attr := rotationSecretID.Name(r)
	out := p.Referenced(r, attr, secretTypes...)
	for t, holderAttr := range secretHolders {
		for _, h := range p.Referenced(r, attr, t) {
			out = append(out, p.Referenced(h, holderAttr, secretTypes...)...)
		}
	}
	return out
}

// secretRotations indexes the rotations of the scan once.
var secretRotations = engine.NewFact(func(p *engine.Pass) secretIndex {
	idx := secretIndex{rotated: map[*parser.Resource]bool{}, named: map[string]bool{}, open: map[string]*parser.Resource{}}
	for _, r := range p.OfType(rotationTypes...) {
		if r.Data {
			continue
		}
		if secrets := rotatedSecrets(p, r); len(secrets) > 0 {
			for _, s := range secrets {
				idx.rotated[s] = true
			}
			continue
		}
		v := rotationSecretID.Of(r)
		if s, ok := v.AsString(); ok && r.Body.IsKnown() {
			for _, n := range secretNamesOf(s) {
				idx.named[r.Root+"|"+n] = true
			}
			continue
		}
		// An ARN assembled from an unknown partition, region or account
		// still names its secret.
		if suf, ok := v.KnownSuffix(); ok && r.Body.IsKnown() && strings.Contains(suf, ":secret:") {
			for _, n := range secretNamesOf("arn:aws:secretsmanager:::" + suf[strings.LastIndex(suf, ":secret:")+1:]) {
				idx.named[r.Root+"|"+n] = true
			}
			continue
		}
		if setting.Unknown(v) != nil || !r.Body.IsKnown() {
			if idx.open[r.Root] == nil {
				idx.open[r.Root] = r
			}
		}
	}
	return idx
})

// secretARN matches a Secrets Manager secret ARN: the name follows
// ":secret:", and a complete ARN appends a hyphen and six random
// characters to it.
var secretARN = regexp.MustCompile(`^arn:[^:]+:secretsmanager:[^:]*:[^:]*:secret:(.+)$`)

// secretARNSuffix is the suffix of a complete ARN.
var secretARNSuffix = regexp.MustCompile(`-[A-Za-z0-9]{6}$`)

// secretNamesOf returns the secret names a rotation's secret id may name:
// the id itself, or the name in a partial ARN, and that name without the
// suffix of a complete ARN (a partial ARN's name may end in six
// characters after a hyphen too).
func secretNamesOf(id string) []string {
	id = strings.TrimSpace(id)
	m := secretARN.FindStringSubmatch(id)
	if m == nil {
		return []string{id}
	}
	return []string{m[1], secretARNSuffix.ReplaceAllString(m[1], "")}
}

// checkAccessAnalyzer is AWS-303: an AWS root module or template that
// declares no IAM Access Analyzer analyzer of external access (type
// ACCOUNT or ORGANIZATION), which finds the resources (buckets, keys, role
// trust policies, queues, snapshots...) that grant access to someone
// outside the account or organization. Analyzers of unused or internal
// access do not find them. An analyzer whose type is unknown is given the
// benefit of the doubt. The finding is made only in account-baseline mode.
func checkAccessAnalyzer(p *engine.Pass) {
	analyzerTypes := []string{"aws_accessanalyzer_analyzer", "AWS::AccessAnalyzer::Analyzer", "awscc_accessanalyzer_analyzer"}
	p.ResourcesOfType(analyzerTypes...)
	for _, root := range p.RootsDeploying(awsResources) {
		var others []string
		external := root.Deploys(func(r *parser.Resource) bool {
			if !slices.Contains(analyzerTypes, r.Type) {
				return false
			}
			if r.Body == nil {
				return true // a sample: its type cannot be read
			}
			v := parser.A("type", "Type").Of(r)
			if v.IsNull() && r.Type == "aws_accessanalyzer_analyzer" {
				return true // the provider's default is ACCOUNT
			}
			if setting.MayBe(v, "ACCOUNT", "ORGANIZATION") || v.IsNull() {
				return true
			}
			s, _ := v.AsString()
			others = append(others, r.Address+" ("+s+")")
			return false
		})
		switch {
		case external:
		case len(others) > 0:
			p.ReportMissing(root, "%s declares no IAM Access Analyzer analyzer of external access (type ACCOUNT or ORGANIZATION), only of other kinds: %s; access granted to other accounts or the public goes unnoticed", root.Name, strings.Join(others, ", "))
		default:
			p.ReportMissing(root, "%s declares no IAM Access Analyzer analyzer of external access (type ACCOUNT or ORGANIZATION): access granted to other accounts or the public goes unnoticed", root.Name)
		}
	}
}
