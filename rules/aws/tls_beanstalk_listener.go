package aws

import (
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/setting"
)

// tlsBeanstalkHTTPOnly is AWS-026's check of Elastic Beanstalk
// environments: the load balancer Elastic Beanstalk creates for a
// load-balanced web server environment listens for HTTP on port 80 and
// does not redirect it; without an enabled HTTPS (or SSL) listener every
// request crosses the internet in clear. An environment built from a
// saved configuration takes its options from there, and is not judged.
var tlsBeanstalkHTTPOnly = setting.Check{
	Types:   beanstalkEnvironmentTypes,
	Unless:  []parser.Attr{parser.A("template_name", "TemplateName")},
	Judge:   beanstalkHTTPOnly,
	Problem: "the environment's internet-facing load balancer serves only plain HTTP, with no HTTPS listener",
}

var beanstalkEnvironmentTypes = []string{"aws_elastic_beanstalk_environment", "AWS::ElasticBeanstalk::Environment"}

// ebOption is one option setting of an Elastic Beanstalk environment.
type ebOption struct {
	ns, name string
	value    *parser.Value
}

// ebOptions are the option settings of an environment.
type ebOptions struct {
	opts []ebOption
	// hidden is the first unknown value an answer depended on.
	hidden *parser.Value
}

// beanstalkOptions returns the option settings of an environment, or the
// verdict that they cannot be read (a setting block whose namespace or
// name is not known).
func beanstalkOptions(res *parser.Resource) (*ebOptions, parser.Verdict) {
	a := parser.A("setting", "OptionSettings")
	items, unknown := setting.Blocks(a.Of(res))
	if unknown != nil {
		return nil, parser.Unknowable(unknown, a.Name(res))
	}
	o := &ebOptions{}
	for _, it := range items {
		ns, n := firstOf(it, "namespace", "Namespace"), firstOf(it, "name", "OptionName")
		if u := setting.Unknown(ns, n); u != nil {
			return nil, parser.Unknowable(u, a.Name(res))
		}
		nss, _ := ns.AsString()
		ns1, _ := n.AsString()
		o.opts = append(o.opts, ebOption{strings.ToLower(strings.TrimSpace(nss)), strings.TrimSpace(ns1), firstOf(it, "value", "Value")})
	}
	return o, parser.Decided
}

// get returns the last value of an option (later settings win).
func (o *ebOptions) get(ns, n string) *parser.Value {
	var v *parser.Value
	for _, x := range o.opts {
		if x.ns == ns && x.name == n {
			v = x.value
		}
	}
	return v
}

// is answers whether an option's value is one of want (case-insensitive),
// def when it is not set; an unknown value answers false and is kept in
// hidden.
func (o *ebOptions) is(v *parser.Value, def string, want ...string) bool {
	if v == nil || v.IsNull() {
		return matchFold(def, want)
	}
	if u := setting.Unknown(v); u != nil {
		if o.hidden == nil {
			o.hidden = u
		}
		return false
	}
	s, _ := v.AsString()
	return matchFold(strings.TrimSpace(s), want)
}

// beanstalkLoadBalancer reads the load balancer of a web server
// environment: its type ("classic", the API's default, or "application"),
// or "" when the environment has none of its own that a rule can judge (a
// worker or single-instance environment, a shared or network load
// balancer). An environment that leaves the type out but sets aws:elbv2
// namespaces is read as the application load balancer it means. internal
// tells whether the load balancer's scheme is internal.
func beanstalkLoadBalancer(res *parser.Resource) (o *ebOptions, kind string, internal bool, v parser.Verdict) {
	tier := parser.A("tier", "Tier.Name")
	if t := tier.Of(res); t != nil {
		if setting.Unknown(t) != nil {
			return nil, "", false, parser.Unknowable(t, tier.Name(res))
		}
		if t.IsAnyOf("Worker") {
			return nil, "", false, parser.Decided
		}
	}
	o, v = beanstalkOptions(res)
	if o == nil {
		return nil, "", false, v
	}
	env := "aws:elasticbeanstalk:environment"
	if o.is(o.get(env, "EnvironmentType"), "LoadBalanced", "SingleInstance") ||
		o.is(o.get(env, "LoadBalancerIsShared"), "false", "true") {
		return nil, "", false, parser.Decided
	}
	def := "classic"
	for _, x := range o.opts {
		if strings.HasPrefix(x.ns, "aws:elbv2:") {
			def = "application"
		}
	}
	lbType := o.get(env, "LoadBalancerType")
	switch {
	case o.is(lbType, def, "application"):
		kind = "application"
	case o.is(lbType, def, "classic"):
		kind = "classic"
	}
	internal = o.is(o.get("aws:ec2:vpc", "ELBScheme"), "public", "internal")
	if o.hidden != nil {
		return nil, "", false, parser.Unknowable(o.hidden, "setting")
	}
	return o, kind, internal, parser.Decided
}

// beanstalkHTTPOnly answers yes for a load-balanced web server environment
// whose load balancer is internet-facing (the default), of the classic or
// application type, not shared, that has an enabled plain HTTP listener
// and no enabled HTTPS or SSL listener.
func beanstalkHTTPOnly(res *parser.Resource) parser.Verdict {
	o, kind, internal, v := beanstalkLoadBalancer(res)
	if o == nil || kind == "" || internal {
		return v
	}
	// The listeners: the default one (port 80, HTTP) and those of the
	// port namespaces.
	prefix, first, proto := "aws:elbv2:listener:", "aws:elbv2:listener:default", "Protocol"
	if kind == "classic" {
		prefix, first, proto = "aws:elb:listener:", "aws:elb:listener", "ListenerProtocol"
	}
	namespaces := []string{first}
	for _, x := range o.opts {
		if strings.HasPrefix(x.ns, prefix) && x.ns != first && !slices.Contains(namespaces, x.ns) {
			namespaces = append(namespaces, x.ns)
		}
	}
	plain, tls := false, false
	var off *parser.Value
	for _, ns := range namespaces {
		enabled := o.get(ns, "ListenerEnabled")
		if o.is(enabled, "true", "false") {
			if off == nil {
				off = enabled
			}
			continue
		}
		if o.is(o.get(ns, proto), "HTTP", "HTTPS", "SSL") {
			tls = true
		} else if o.is(o.get(ns, proto), "HTTP", "HTTP") {
			plain = true
		}
	}
	// The classic load balancer's older HTTPS option.
	if kind == "classic" && !o.is(o.get("aws:elb:loadbalancer", "LoadBalancerHTTPSPort"), "OFF", "OFF") {
		tls = true
	}
	if o.hidden != nil {
		return parser.Unknowable(o.hidden, "setting")
	}
	if tls || !plain {
		return parser.Decided
	}
	if off != nil {
		return parser.Bad(off, "the only enabled listeners serve HTTP, and a listener is disabled (ListenerEnabled = false)")
	}
	return parser.Bad(nil, "no "+prefix+"<port> listener with protocol HTTPS is set, and the default listener serves HTTP on port 80")
}

// logBeanstalkALBAccessLogs is AWS-180's check of Elastic Beanstalk
// environments on an application load balancer of their own, which
// writes access logs only when the aws:elbv2:loadbalancer option
// AccessLogsS3Enabled is true (false by default). Classic load balancers
// of environments take access logs only from resources in the application
// bundle's .ebextensions, which a scan cannot see: they are not judged.
var logBeanstalkALBAccessLogs = setting.Check{
	Types:   beanstalkEnvironmentTypes,
	Unless:  []parser.Attr{parser.A("template_name", "TemplateName")},
	Judge:   beanstalkALBAccessLogs,
	Problem: "the environment's application load balancer writes no access logs",
}

func beanstalkALBAccessLogs(res *parser.Resource) parser.Verdict {
	o, kind, _, v := beanstalkLoadBalancer(res)
	if o == nil || kind != "application" {
		return v
	}
	return parser.NotTrue(o.get("aws:elbv2:loadbalancer", "AccessLogsS3Enabled"), "aws:elbv2:loadbalancer AccessLogsS3Enabled", false)
}

func matchFold(s string, want []string) bool {
	for _, w := range want {
		if strings.EqualFold(s, w) {
			return true
		}
	}
	return false
}
