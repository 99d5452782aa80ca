package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
)

// Helpers shared by the logging and governance rules (log_*.go).

// logAWSRoots returns the roots that deploy AWS resources: CloudFormation
// templates with an AWS:: resource and Terraform roots with an aws_
// resource. Data sources alone do not make a root an AWS root, so a GCP
// root that reads an AWS data source is never told it lacks CloudTrail.
func logAWSRoots(p *engine.Pass) []engine.Root {
	var out []engine.Root
	for _, root := range p.Roots() {
		for _, r := range root.Resources {
			if r.Data {
				continue
			}
			if r.Format == parser.CloudFormation && strings.HasPrefix(r.Type, "AWS::") ||
				r.Format == parser.Terraform && strings.HasPrefix(r.Type, "aws_") {
				out = append(out, root)
				break
			}
		}
	}
	return out
}

// logRootDeclares reports whether root declares a resource (not a data
// source) of one of the types.
func logRootDeclares(root engine.Root, types ...string) bool {
	for _, r := range root.Resources {
		if !r.Data && slices.Contains(types, r.Type) {
			return true
		}
	}
	return false
}

// logReportMissing reports, for every AWS root that declares none of the
// types, that the account-level control is missing. It is a finding only
// in account-baseline mode.
func logReportMissing(p *engine.Pass, what string, types ...string) {
	for _, root := range logAWSRoots(p) {
		if !logRootDeclares(root, types...) {
			p.ReportMissing(root, "%s declares no %s", root.Name, what)
		}
	}
}

// logKnownFalse returns v when it is known to be false.
func logKnownFalse(v *parser.Value) bool {
	b, ok := v.AsBool()
	return ok && !b
}

// logMaybeTrue reports whether v may be true: known true, or present but
// unknown. Absent and null values are the provider default, false here.
func logMaybeTrue(v *parser.Value) bool {
	if v.IsNull() {
		return false
	}
	if b, ok := v.AsBool(); ok {
		return b
	}
	return v.Kind == parser.Unknown
}

// logAttachedTo returns the Terraform resources of type typ that configure
// the bucket through attribute attr: those that refer to it (by expression
// or literal name), and those that may name it without a link the graph
// can see: attr unknown without any reference, or a literal name while the
// bucket's own name is unknown (bucket_prefix). Unknown is never bad, so
// such resources count as attached.
func logAttachedTo(p *engine.Pass, bucket *parser.Resource, attr, typ string) []*parser.Resource {
	out := p.Referrers(bucket, attr, typ)
	_, named := bucket.Body.Get("bucket").AsString()
	for _, r := range p.InRoot(bucket, typ) {
		v := r.Body.Get(attr)
		if v.IsNull() || slices.Contains(out, r) || len(p.Referenced(r, attr)) > 0 {
			continue
		}
		if _, ok := v.AsString(); !ok || !named {
			out = append(out, r)
		}
	}
	return out
}
