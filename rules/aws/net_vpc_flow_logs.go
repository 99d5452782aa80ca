package aws

import (
	"fmt"
	"strconv"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func checkNetVPCFlowLogs(p *engine.Pass) {
	// Per root, the first flow log whose VPC or subnet cannot be known and
	// may be one of the root's.
	anyVPC, anySubnet := map[string]*parser.Resource{}, map[string]*parser.Resource{}
	mark := func(m map[string]*parser.Resource, k string, fl *parser.Resource) {
		if m[k] == nil {
			m[k] = fl
		}
	}
	// Flow logs on a VPC another template exports (Fn::ImportValue).
	var imports []flowLogImport
	for _, fl := range p.ResourcesOfType("aws_flow_log", "AWS::EC2::FlowLog") {
		k := netRootKey(fl)
		if fl.Format == parser.Terraform {
			if flowLogMayTarget(p, fl, "vpc_id") {
				mark(anyVPC, k, fl)
			}
			if flowLogMayTarget(p, fl, "subnet_id") {
				mark(anySubnet, k, fl)
			}
			continue
		}
		if id := fl.Body.Get("ResourceId"); id != nil && id.Import() != nil {
			// Another stack's VPC, never one of this template's.
			if netStringIsOrUnknown(fl.Body.Get("ResourceType"), "VPC") {
				imports = append(imports, flowLogImport{fl, id.Import()})
			}
			continue
		}
		if p.Unresolved(fl, "ResourceId") && (len(fl.Calls) > 0 || len(fl.Body.Get("ResourceId").Refs()) > 0) {
			// A top-level template's parameter is never the id of a VPC
			// the same template creates; a nested stack's may be.
			t := fl.Body.Get("ResourceType")
			if netStringIsOrUnknown(t, "VPC") {
				mark(anyVPC, k, fl)
			}
			if netStringIsOrUnknown(t, "Subnet") {
				mark(anySubnet, k, fl)
			}
		}
	}
	for _, vpc := range p.ResourcesOfType("aws_vpc", "aws_default_vpc", "AWS::EC2::VPC") {
		k := netRootKey(vpc)
		if netHasFlowLog(p, vpc, "VPC") {
			judgeAcceptOnly(p, vpc, "VPC")
			continue
		}
		if fl := anyVPC[k]; fl != nil {
			p.CannotTell(vpc, nil, flowLogUnknownTarget(fl, "VPC"))
			continue
		}
		if v := importedFlowLog(vpc, imports); v.Answer == parser.Yes {
			continue
		} else if v.Answer == parser.CannotTell {
			p.CannotTell(vpc, v.At, v.Detail)
			continue
		}
		var subnets []*parser.Resource
		if vpc.Format == parser.Terraform {
			subnets = p.Referrers(vpc, "vpc_id", "aws_subnet")
		} else {
			subnets = p.Referrers(vpc, "VpcId", "AWS::EC2::Subnet")
		}
		var bare []string
		for _, s := range subnets {
			if !netHasFlowLog(p, s, "Subnet") {
				bare = append(bare, s.Address)
			} else {
				// The VPC has no flow log of its own: the subnet's
				// flow logs are all that record its traffic.
				judgeAcceptOnly(p, s, "Subnet")
			}
		}
		if fl := anySubnet[k]; fl != nil && len(bare) > 0 {
			p.CannotTell(vpc, nil, flowLogUnknownTarget(fl, "subnet"))
			continue
		}
		switch {
		case len(subnets) > 0 && len(bare) == 0:
			// Every subnet has its own flow log.
		case len(bare) < len(subnets):
			p.Report(vpc, nil, "%s has no flow log, and %d of its %d subnets (%s) have none: their traffic is not recorded",
				vpc.Address, len(bare), len(subnets), strings.Join(bare, ", "))
		default:
			p.Report(vpc, nil, "%s has no flow log: its network traffic is not recorded", vpc.Address)
		}
	}
}

// flowLogMayTarget reports whether the Terraform flow log's attribute
// (vpc_id, subnet_id) is unknown and may name a VPC or subnet of its root.
// It cannot when it leads to resources that are not scanned (another
// VPC: a resource not declared, or one of a module that was not read), or
// when it is a variable of the root module itself: a root's input cannot
// be the id of a VPC the same configuration creates.
func flowLogMayTarget(p *engine.Pass, fl *parser.Resource, attr string) bool {
	if !p.Unresolved(fl, attr) {
		return false
	}
	v := fl.Body.Get(attr)
	if len(v.Refs()) > 0 {
		return false
	}
	uses := v.Uses()
	if len(fl.Calls) > 0 || len(uses) == 0 {
		return true
	}
	for _, u := range uses {
		if !strings.HasPrefix(u, "var.") {
			return true
		}
	}
	return false
}

// flowLogUnknownTarget says why a VPC's flow logs cannot be told: a flow
// log of its root names a VPC or subnet that is not known statically.
func flowLogUnknownTarget(fl *parser.Resource, kind string) string {
	return fmt.Sprintf("flow log %s names a %s that is not known statically: it may be this VPC's", fl.Address, kind)
}

// judgeAcceptOnly reports a VPC or subnet (kind "VPC", "Subnet") whose
// flow logs all record accepted traffic only (traffic_type / TrafficType
// ACCEPT): the connections its security groups and network ACLs reject
// (scans, blocked attempts) leave no record. A traffic type that cannot be
// told is a note; one left out (required by the API) is not judged.
func judgeAcceptOnly(p *engine.Pass, target *parser.Resource, kind string) {
	ref := "vpc_id"
	if kind == "Subnet" {
		ref = "subnet_id"
	}
	attr, fls := "traffic_type", p.Referrers(target, ref, "aws_flow_log")
	if target.Format == parser.CloudFormation {
		attr, fls = "TrafficType", nil
		for _, fl := range p.Referrers(target, "ResourceId", "AWS::EC2::FlowLog") {
			if t := fl.Body.Get("ResourceType"); t == nil || netStringIsOrUnknown(t, kind) {
				fls = append(fls, fl)
			}
		}
	}
	var first, unknown *parser.Value
	for _, fl := range fls {
		t := fl.Body.Get(attr)
		if u := setting.Unknown(t); u != nil {
			if unknown == nil {
				unknown = u
			}
			continue
		}
		if s, ok := t.AsString(); !ok || !strings.EqualFold(strings.TrimSpace(s), "ACCEPT") {
			return
		}
		if first == nil {
			first = t
		}
	}
	switch {
	case unknown != nil:
		p.CannotTell(target, unknown, parser.Unknowable(unknown, "the traffic type of a flow log of "+target.Address).Detail)
	case first != nil:
		p.Report(target, nil, "%s's flow logs record accepted traffic only (%s = ACCEPT): the connections its security groups and network ACLs reject are not recorded", target.Address, attr)
	}
}

// netHasFlowLog reports whether a flow log refers to target, a VPC or a
// subnet (kind "VPC" or "Subnet").
func netHasFlowLog(p *engine.Pass, target *parser.Resource, kind string) bool {
	if target.Format == parser.Terraform {
		attr := "vpc_id"
		if kind == "Subnet" {
			attr = "subnet_id"
		}
		return len(p.Referrers(target, attr, "aws_flow_log")) > 0
	}
	for _, fl := range p.Referrers(target, "ResourceId", "AWS::EC2::FlowLog") {
		if t := fl.Body.Get("ResourceType"); t == nil || netStringIsOrUnknown(t, kind) {
			return true
		}
	}
	return false
}

// flowLogImport is a CloudFormation flow log whose ResourceId is
// Fn::ImportValue of name.
type flowLogImport struct {
	flowLog *parser.Resource
	name    *parser.Value
}

// importedFlowLog tells whether a flow log in another template imports an
// export of vpc: Yes when an export name and an import name are known and
// equal, CannotTell (at the export name) when the names cannot be told
// apart statically, such as !Sub "${AWS::StackName}-VpcId" against
// "network-VpcId", No otherwise.
func importedFlowLog(vpc *parser.Resource, imports []flowLogImport) parser.Verdict {
	if vpc.Format != parser.CloudFormation || len(vpc.Exports) == 0 || len(imports) == 0 {
		return parser.Decided
	}
	var maybe *parser.Verdict
	for _, exp := range vpc.Exports {
		for _, imp := range imports {
			switch exportNamesMatch(exp, imp.name) {
			case parser.Yes:
				return parser.Verdict{Answer: parser.Yes, At: exp}
			case parser.CannotTell:
				if maybe == nil {
					maybe = &parser.Verdict{Answer: parser.CannotTell, At: exp, Detail: fmt.Sprintf(
						"%s is exported as %s and flow log %s (%s) imports %s: whether they are the same export is known only at deployment",
						vpc.Address, exportNameText(exp), imp.flowLog.Address, imp.flowLog.Range.File, exportNameText(imp.name))}
				}
			}
		}
	}
	if maybe != nil {
		return *maybe
	}
	return parser.Decided
}

// exportNamesMatch compares an export name with an import name: Yes when
// both are known and equal, No when their known text differs (a known
// prefix or suffix that the other cannot have), CannotTell otherwise.
func exportNamesMatch(a, b *parser.Value) parser.Answer {
	as, aok := a.AsString()
	bs, bok := b.AsString()
	if aok && bok && a.Kind == parser.String && b.Kind == parser.String {
		if as == bs {
			return parser.Yes
		}
		return parser.No
	}
	if ap, ok := a.KnownPrefix(); ok {
		if bp, ok := b.KnownPrefix(); ok && !strings.HasPrefix(ap, bp) && !strings.HasPrefix(bp, ap) {
			return parser.No
		}
	}
	if as, ok := a.KnownSuffix(); ok {
		if bs, ok := b.KnownSuffix(); ok && !strings.HasSuffix(as, bs) && !strings.HasSuffix(bs, as) {
			return parser.No
		}
	}
	return parser.CannotTell
}

// exportNameText shows an export name for a note: its text, with "…" for
// the parts not known statically.
func exportNameText(v *parser.Value) string {
	if s, ok := v.AsString(); ok && v.Kind == parser.String {
		return strconv.Quote(s)
	}
	if parts := v.KnownParts(); parts != nil {
		return strconv.Quote(strings.Join(parts, "…"))
	}
	return "a name not known statically"
}

// netRootKey names the root module or template a resource is deployed
// from.
func netRootKey(r *parser.Resource) string { return string(r.Format) + "|" + r.Root }
