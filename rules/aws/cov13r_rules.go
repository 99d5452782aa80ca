package aws

import (
	"fmt"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// coverage13rRules are the rules added from Regula's AWS rule tests
// (issue 9, session 13).
func coverage13rRules() []*engine.Rule {
	return []*engine.Rule{
		{ID: "AWS-253", Check: checkDefaultSecurityGroupRules},
		{ID: "AWS-254", Check: checkBucketsOutsideDataEvents},
	}
}

// defaultSGRuleTypes are the standalone security group rules, with the
// attribute that names the group they belong to, in the order they are
// looked up.
var defaultSGRuleTypes = []struct{ typ, groupAttr string }{
	{"aws_security_group_rule", "security_group_id"},
	{"aws_vpc_security_group_ingress_rule", "security_group_id"},
	{"aws_vpc_security_group_egress_rule", "security_group_id"},
	{"AWS::EC2::SecurityGroupIngress", "GroupId"},
	{"AWS::EC2::SecurityGroupEgress", "GroupId"},
}

// checkDefaultSecurityGroupRules is AWS-253: a rule written on a VPC's
// default security group. Every VPC has one, and instances, endpoints
// and functions launched without a group of their own get it, so a rule
// on it opens whatever is placed there by omission. Terraform's
// aws_default_security_group removes every rule it does not write; a
// standalone rule reaches the default group through the group resource
// or the VPC's default_security_group_id (CloudFormation: Fn::GetAtt
// VPC.DefaultSecurityGroup), the only security group a VPC resource
// exports.
func checkDefaultSecurityGroupRules(p *engine.Pass) {
	for _, res := range p.ResourcesOfType("aws_default_security_group") {
		for _, dir := range []string{"ingress", "egress"} {
			blocks, u := setting.Blocks(res.Body.Get(dir))
			switch {
			case u != nil:
				p.CannotTell(res, u, parser.Unknowable(u, dir).Detail)
			case len(blocks) > 0:
				p.Report(res, blocks[0], "%s keeps %s rules on the VPC's default security group: anything launched in the VPC without a security group of its own gets them", res.Address, dir)
			}
		}
	}
	for _, t := range defaultSGRuleTypes {
		for _, res := range p.ResourcesOfType(t.typ) {
			for _, g := range p.Referenced(res, t.groupAttr, "aws_default_security_group", "aws_vpc", "aws_default_vpc", "AWS::EC2::VPC") {
				p.Report(res, res.Body.Get(t.groupAttr), "%s adds a rule to the default security group of %s: anything launched in the VPC without a security group of its own gets it", res.Address, g.Address)
				break
			}
		}
	}
	checkInstancesInDefaultGroup(p)
	checkDatabasesInDefaultGroup(p)
}

// checkBucketsOutsideDataEvents is AWS-254: the trails of a root record
// S3 object-level events for buckets they name, and a bucket of the same
// root is not among them. A trail that records the objects of every bucket
// (arn:aws:s3:::, an advanced selector without a resources.ARN filter)
// covers them all; a root none of whose trails records object events is
// AWS-216's. The buckets a trail delivers its own log files to are left
// out: recording data events on them logs the trail's own writes.
func checkBucketsOutsideDataEvents(p *engine.Pass) {
	byRoot := map[string][]*parser.Resource{}
	var roots []string
	for _, t := range p.KnownResources("aws_cloudtrail", "AWS::CloudTrail::Trail") {
		if _, ok := byRoot[t.Root]; !ok {
			roots = append(roots, t.Root)
		}
		byRoot[t.Root] = append(byRoot[t.Root], t)
	}
	for _, root := range roots {
		trails := byRoot[root]
		cov := bucketDataEvents{buckets: map[*parser.Resource]bool{}, names: map[string]bool{}}
		targets := map[*parser.Resource]bool{}
		for _, t := range trails {
			cov.read(p, t)
			for _, b := range p.Referenced(t, trailBucket.Name(t), "aws_s3_bucket", "AWS::S3::Bucket") {
				targets[b] = true
			}
		}
		if cov.all || !cov.some && !cov.maybe {
			continue
		}
		for _, b := range p.InRoot(trails[0], "aws_s3_bucket", "AWS::S3::Bucket") {
			name, _ := bucketName.Of(b).AsString()
			if cov.buckets[b] || name != "" && cov.names[name] || targets[b] {
				continue
			}
			if cov.hidden != nil {
				p.CannotTell(b, cov.hidden, parser.Unknowable(cov.hidden, "the buckets of the trails' S3 data event selectors").Detail)
				continue
			}
			p.Report(b, nil, "%s is left out of the S3 object-level events the configuration's trails record for the buckets they name: reads and writes of its objects leave no audit trail", b.Address)
		}
	}
}

// The bucket settings AWS-254 reads.
var (
	trailBucket = parser.A("s3_bucket_name", "S3BucketName")
	bucketName  = parser.A("bucket", "BucketName")
)

// bucketDataEvents is what a root's trails record of S3 objects: every
// bucket's, or those of the buckets they name (by reference or by name),
// with the first value that hides a bucket.
type bucketDataEvents struct {
	all, some bool
	// maybe is true when an S3 object selector names buckets that cannot
	// be told.
	maybe   bool
	buckets map[*parser.Resource]bool
	names   map[string]bool
	hidden  *parser.Value
}

// read adds the S3 object events of trail t's basic and advanced selectors.
func (c *bucketDataEvents) read(p *engine.Pass, t *parser.Resource) {
	key := func(tf, cfn string) string {
		if t.Format == parser.CloudFormation {
			return cfn
		}
		return tf
	}
	sels, u := setting.Blocks(trailSelectors.Of(t))
	c.note(u)
	for i, sel := range sels {
		drs, u := setting.Blocks(sel.Get(key("data_resource", "DataResources")))
		c.note(u)
		for j, dr := range drs {
			typ := dr.Get(key("type", "Type"))
			if u := setting.Unknown(typ); u != nil {
				c.note(u)
				continue
			}
			if !typ.IsAnyOf(s3ObjectType) {
				continue
			}
			c.list(p, t, dr.Get(key("values", "Values")), fmt.Sprintf("%s[%d].%s[%d].%s", trailSelectors.Name(t), i, key("data_resource", "DataResources"), j, key("values", "Values")))
		}
	}
	adv, u := setting.Blocks(trailAdvancedSelectors.Of(t))
	c.note(u)
	for i, a := range adv {
		fields, u := setting.Blocks(a.Get(key("field_selector", "FieldSelectors")))
		c.note(u)
		objects, filtered := false, false
		for _, f := range fields {
			if vals, _ := setting.Elems(f.Get(key("equals", "Equals"))); f.Get(key("field", "Field")).IsAnyOf("resources.type") {
				for _, v := range vals {
					objects = objects || v.IsAnyOf(s3ObjectType)
				}
			}
		}
		if !objects {
			continue
		}
		for fi, f := range fields {
			if !f.Get(key("field", "Field")).IsAnyOf("resources.ARN") {
				continue
			}
			filtered = true
			for _, op := range [][2]string{{"starts_with", "StartsWith"}, {"equals", "Equals"}} {
				c.list(p, t, f.Get(key(op[0], op[1])), fmt.Sprintf("%s[%d].%s[%d].%s", trailAdvancedSelectors.Name(t), i, key("field_selector", "FieldSelectors"), fi, key(op[0], op[1])))
			}
			for _, op := range []string{key("not_starts_with", "NotStartsWith"), key("not_equals", "NotEquals"), key("ends_with", "EndsWith"), key("not_ends_with", "NotEndsWith")} {
				if f.Get(op) != nil {
					c.all = true // a filter that excludes some objects: not this rule's question
				}
			}
		}
		if !filtered {
			c.all = true
		}
	}
}

// list records the buckets of the ARNs (or ARN prefixes) of list v,
// written at path of trail t; unknown elements are matched by the buckets
// they refer to.
func (c *bucketDataEvents) list(p *engine.Pass, t *parser.Resource, v *parser.Value, path string) {
	if u := setting.Unknown(v); u != nil {
		c.maybe = true
		c.note(u)
		return
	}
	switch {
	case v == nil:
		return
	case v.Kind == parser.String:
		c.add(p, t, v, path, path)
		return
	}
	for k, e := range v.Items() {
		c.add(p, t, e, fmt.Sprintf("%s[%d]", path, k), path)
	}
}

// add records the bucket an S3 object ARN (or ARN prefix) v names, written
// at path of trail t, in the list at listPath: Terraform records the
// references of a list expression at the list.
func (c *bucketDataEvents) add(p *engine.Pass, t *parser.Resource, v *parser.Value, path, listPath string) {
	if s, ok := v.AsString(); ok {
		i := strings.Index(s, ":s3:::")
		switch {
		case strings.HasPrefix(s, "arn:") && strings.HasSuffix(s, ":s3"), i >= 0 && s[i+len(":s3:::"):] == "":
			c.all = true
		case i >= 0:
			c.names[strings.SplitN(s[i+len(":s3:::"):], "/", 2)[0]] = true
			c.some = true
		}
		return
	}
	refs := p.Referenced(t, path, "aws_s3_bucket", "AWS::S3::Bucket")
	if len(refs) == 0 {
		// Terraform records the references of a list expression at the list.
		refs = p.Referenced(t, listPath, "aws_s3_bucket", "AWS::S3::Bucket")
	}
	for _, b := range refs {
		c.buckets[b] = true
		c.some = true
	}
	if len(refs) == 0 {
		c.maybe = true
		c.note(setting.Unknown(v))
	}
}

func (c *bucketDataEvents) note(u *parser.Value) {
	if c.hidden == nil && u != nil {
		c.hidden = u
	}
}
