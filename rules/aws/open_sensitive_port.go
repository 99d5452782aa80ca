package aws

import (
	"fmt"
	"slices"
	"strings"

	"github.com/soc2lint/soc2lint/engine"
	"github.com/soc2lint/soc2lint/parser"
	"github.com/soc2lint/soc2lint/rules/netexposure"
	"github.com/soc2lint/soc2lint/rules/setting"
)

func checkOpenSensitivePort(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(sgIngress.types()...) {
		lbs := sgLoadBalancersOnly(p, res)
		for i, rule := range sgRules(res, sgIngress) {
			// A rule that would be reported but for a value that cannot
			// be told (its protocol, ports or sources) is undecided.
			from, to, unknown, ok := rule.mayPorts()
			if !ok {
				continue
			}
			world := slices.DeleteFunc(slices.Clone(rule.cidrs), func(v *parser.Value) bool { return !netexposure.IsInternetCIDR(v) })
			at, source := (*parser.Value)(nil), ""
			if len(world) == 0 {
				// A customer-managed prefix list of the scanned code whose
				// entries hold an internet range opens the rule to it.
				if w, v, names := sgPrefixListWorld(p, res, i); len(w) > 0 {
					world, at, source = w, v, fmt.Sprintf("prefix list %s (%s)", strings.Join(names, ", "), cidrList(w))
				}
			}
			if len(world) == 0 {
				hidden := rule.hidden
				if hidden == nil {
					hidden = setting.Unknown(rule.cidrs...)
				}
				if hidden == nil || sgOwnNetworkRange(p, res, hidden) {
					continue
				}
				if unknown == nil {
					unknown = hidden
				}
			}
			if unknown != nil {
				if netexposure.DescribeRange(from, to) != "" || lbs != nil {
					what := "the sources of an ingress rule"
					if setting.Unknown(rule.protocol) != nil {
						what = "the protocol of an ingress rule"
					} else if setting.Unknown(rule.from, rule.to) != nil {
						what = "the ports of an ingress rule"
					}
					p.CannotTell(res, unknown, parser.Unknowable(unknown, what).Detail)
				}
				continue
			}
			ports, where := netexposure.DescribeRange(from, to), ""
			if rule.udpOnly() {
				// SSH, databases... listen on TCP: a UDP rule exposes only
				// the services that also listen on UDP.
				if hits, all := netexposure.RangeHits(from, to); !all {
					ports = netexposure.DescribeHits(netexposure.UDPHits(hits))
				}
			}
			if lbs != nil {
				ports, where = lbListenerPorts(p, res, lbs, from, to), ", where its load balancer listens"
			} else if ports != netexposure.AllPorts && !rule.udpOnly() {
				ports = joinPorts(ports, databaseCustomPorts(p, res, from, to))
			}
			if ports == "" {
				continue
			}
			// One finding per rule, naming every range it opens (an IPv4
			// and an IPv6 block of one rule are one exposure).
			if at == nil {
				at, source = world[0], cidrList(world)
			}
			p.Report(res, at, "%s allows ingress from %s to %s%s", res.Address, source, ports, where)
		}
	}
	checkLightsailPublicPorts(p)
	checkLightsailDefaultFirewall(p)
}

// sgNetworkTypes are the resources whose address range a security group
// rule may admit by reference: a VPC's or subnet's own range (allocated
// when it is created, an Amazon-provided IPv6 block included) is not the
// internet.
var sgNetworkTypes = []string{"aws_vpc", "aws_default_vpc", "aws_subnet", "aws_default_subnet",
	"aws_vpc_ipv4_cidr_block_association", "aws_vpc_ipv6_cidr_block_association",
	"AWS::EC2::VPC", "AWS::EC2::Subnet", "AWS::EC2::VPCCidrBlock"}

// sgOwnNetworkRange reports whether a source not known statically is
// computed only from VPCs and subnets the same root declares.
func sgOwnNetworkRange(p *engine.Pass, res *parser.Resource, v *parser.Value) bool {
	nets := p.InRoot(res, sgNetworkTypes...)
	if len(nets) == 0 {
		return false
	}
	return parser.ComputedFrom(v, func(addr string) bool {
		for _, n := range nets {
			if addr == n.Address || strings.HasPrefix(addr, n.Address+".") || strings.HasPrefix(addr, n.Address+"[") {
				return true
			}
		}
		return false
	})
}

// lightsailPorts are the resources that open a Lightsail instance's
// firewall, with the spelling of their port entries.
var lightsailPorts = []string{"aws_lightsail_instance_public_ports", "AWS::Lightsail::Instance"}

// checkLightsailPublicPorts judges the port entries of a Lightsail
// instance's firewall like security group rules. An entry that names no
// IPv4 or IPv6 range and no alias opens its ports to every IPv4 address,
// as the Lightsail console's "Any IPv4 address" does.
func checkLightsailPublicPorts(p *engine.Pass) {
	for _, res := range p.ResourcesOfType(lightsailPorts...) {
		entries, unknown := setting.Blocks(res.Body.Get("port_info"))
		if res.Type == "AWS::Lightsail::Instance" {
			entries, unknown = setting.Blocks(res.Body.Path("Networking", "Ports"))
		}
		if setting.Undecided(p, res, "the instance's port entries", unknown) {
			continue
		}
		for _, e := range entries {
			get := func(tf, cfn string) *parser.Value { return e.Get(parser.A(tf, cfn).Name(res)) }
			rule := sgRule{protocol: get("protocol", "Protocol"), from: get("from_port", "FromPort"), to: get("to_port", "ToPort")}
			if setting.Undecided(p, res, "the protocol or ports of a port entry", rule.protocol, rule.from, rule.to) {
				continue
			}
			from, to, ok := rule.ports()
			if !ok {
				continue
			}
			ports := netexposure.DescribeRange(from, to)
			if rule.udpOnly() {
				if hits, all := netexposure.RangeHits(from, to); !all {
					ports = netexposure.DescribeHits(netexposure.UDPHits(hits))
				}
			}
			if ports == "" {
				continue
			}
			cidrs, v6, aliases := get("cidrs", "Cidrs"), get("ipv6_cidrs", "Ipv6Cidrs"), get("cidr_list_aliases", "CidrListAliases")
			if cidrs == nil && v6 == nil && aliases == nil {
				p.Report(res, e, "%s opens %s to every IPv4 address (no cidrs given)", res.Address, ports)
				continue
			}
			v4s, u4 := setting.Elems(cidrs)
			v6s, u6 := setting.Elems(v6)
			world := slices.DeleteFunc(append(v4s, v6s...), func(v *parser.Value) bool { return !netexposure.IsInternetCIDR(v) })
			if len(world) > 0 {
				p.Report(res, world[0], "%s opens %s to %s", res.Address, ports, cidrList(world))
			}
			setting.Undecided(p, res, "the address ranges a port entry opens "+ports+" to", u4, u6)
		}
	}
}

// openSensitivePortReads are the types AWS-001 reads.
var openSensitivePortReads = append(append(append(append(append(sgIngress.types(), lbTypes...), lightsailPorts...), sgNetworkTypes...), prefixListTypes...),
	"aws_lightsail_instance", "aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener", "aws_redshift_cluster", "AWS::Redshift::Cluster",
	"aws_db_instance", "AWS::RDS::DBInstance", "aws_rds_cluster", "AWS::RDS::DBCluster", "aws_docdb_cluster", "AWS::DocDB::DBCluster")

// lbTypes are the load balancers a security group can protect. A load
// balancer accepts connections only on its listeners' ports, whatever its
// security group allows.
var lbTypes = []string{"aws_lb", "aws_alb", "aws_elb",
	"AWS::ElasticLoadBalancingV2::LoadBalancer", "AWS::ElasticLoadBalancing::LoadBalancer"}

// classicListeners names, per classic load balancer type, its inline
// listener blocks and their load balancer port.
var classicListeners = map[string][2]string{
	"aws_elb": {"listener", "lb_port"}, "AWS::ElasticLoadBalancing::LoadBalancer": {"Listeners", "LoadBalancerPort"},
}

// sgLoadBalancersOnly returns the load balancers that use the security
// group a resource declares or adds rules to, when load balancers are all
// that use it; nil when anything else uses it, nothing visibly does, or the
// group cannot be followed.
func sgLoadBalancersOnly(p *engine.Pass, res *parser.Resource) []*parser.Resource {
	sg := ruleGroup(p, res)
	if sg == nil {
		return nil
	}
	rules := append(sgIngress.types(), sgEgress.types()...)
	var lbs []*parser.Resource
	for _, e := range p.EdgesTo(sg) {
		switch {
		case e.From.Kind != "" || e.Kind == engine.DependsOn || slices.Contains(rules, e.From.Type):
			// Rules of this or another group, and ordering, attach nothing.
		case !slices.Contains(lbTypes, e.From.Type):
			return nil
		case !slices.Contains(lbs, e.From):
			lbs = append(lbs, e.From)
		}
	}
	return lbs
}

func single(rs []*parser.Resource) *parser.Resource {
	if len(rs) != 1 {
		return nil
	}
	return rs[0]
}

// lbListenerPorts describes the sensitive ports in [from, to] that the
// internet-facing load balancers listen on. An internal load balancer has
// only private addresses, so no client on the internet reaches its
// listeners; one whose scheme is not known, whose listeners cannot be found
// or whose port is unknown gets an undecided note on res instead.
func lbListenerPorts(p *engine.Pass, res *parser.Resource, lbs []*parser.Resource, from, to int64) string {
	var hits []int
	for _, lb := range lbs {
		public := tlsLBPublic(lb)
		if public.Answer == parser.No {
			continue
		}
		var ports []*parser.Value
		if c, classic := classicListeners[lb.Type]; classic {
			for _, l := range lb.Body.Get(c[0]).Items() {
				ports = append(ports, l.Get(c[1]))
			}
		} else {
			arn := parser.A("load_balancer_arn", "LoadBalancerArn")
			for _, l := range p.Referrers(lb, arn.Name(lb), "aws_lb_listener", "aws_alb_listener", "AWS::ElasticLoadBalancingV2::Listener") {
				ports = append(ports, parser.A("port", "Port").Of(l))
			}
		}
		if len(ports) == 0 {
			p.CannotTell(res, nil, "the listeners of load balancer "+lb.Address+" that uses this security group are not in the scanned code")
			continue
		}
		for _, v := range ports {
			port, ok := v.AsInt()
			if !ok {
				p.CannotTell(res, v, "a listener port of load balancer "+lb.Address+" is not known")
				continue
			}
			if _, sensitive := netexposure.SensitivePorts[int(port)]; sensitive && port >= from && port <= to {
				if public.Answer == parser.CannotTell {
					p.CannotTell(res, public.At, "load balancer "+lb.Address+" listens on port "+fmt.Sprint(port)+" and may be internet-facing: "+public.Detail)
					continue
				}
				hits = append(hits, int(port))
			}
		}
	}
	return netexposure.DescribeHits(hits)
}

// ruleGroup returns the security group a resource declares or adds rules
// to; nil when it cannot be followed.
func ruleGroup(p *engine.Pass, res *parser.Resource) *parser.Resource {
	switch res.Type {
	case "aws_security_group_rule", sgIngress.vpcRule:
		return single(p.Referenced(res, "security_group_id", "aws_security_group"))
	case sgIngress.cfnRule:
		return single(p.Referenced(res, "GroupId", "AWS::EC2::SecurityGroup"))
	}
	return res
}

// portedDatabases are the databases whose port (Port) moves them off
// their engine's default port, and the security groups that name them in
// vpc_security_group_ids (VpcSecurityGroupIds, VPCSecurityGroups) then
// expose that port. def is the port when none is written (0: the engine's
// default, one of the sensitive ports for MySQL, MariaDB, PostgreSQL,
// Oracle and SQL Server; rdsDefaultPort gives Db2's).
var portedDatabases = []struct {
	types   []string
	service string
	what    string
	def     int64
}{
	{[]string{"aws_redshift_cluster", "AWS::Redshift::Cluster"}, "Redshift", "Redshift cluster", 5439},
	{[]string{"aws_db_instance", "AWS::RDS::DBInstance"}, "RDS", "DB instance", 0},
	{[]string{"aws_rds_cluster", "AWS::RDS::DBCluster"}, "RDS", "DB cluster", 0},
	{[]string{"aws_docdb_cluster", "AWS::DocDB::DBCluster"}, "DocumentDB", "DocumentDB cluster", 27017},
}

// rdsDefaultPort is the port an RDS database of engine e listens on when
// none is written, where it is not a sensitive port already: Db2's 50000;
// 0 otherwise.
func rdsDefaultPort(res *parser.Resource) int64 {
	if e, ok := parser.A("engine", "Engine").Of(res).AsString(); ok && strings.HasPrefix(strings.ToLower(e), "db2") {
		return 50000
	}
	return 0
}

// databaseCustomPorts describes the ports in [from, to] that the
// databases using the security group of res listen on when one was moved
// off its default port to one that is not a sensitive port already:
// "port 8192 (Redshift, aws_redshift_cluster.analytics)". A database whose
// port is not known gets an undecided note on res.
func databaseCustomPorts(p *engine.Pass, res *parser.Resource, from, to int64) string {
	sg := ruleGroup(p, res)
	if sg == nil {
		return ""
	}
	// A database refers to a security group only in its security group
	// list (whose elements are the paths of its edges).
	var names []string
	for _, db := range portedDatabases {
		for _, c := range p.Referrers(sg, "", db.types...) {
			v := parser.A("port", "Port").Of(c)
			port, ok := db.def, true
			if port == 0 {
				port = rdsDefaultPort(c)
			}
			if v != nil {
				port, ok = v.AsInt()
			}
			if !ok {
				if v.Kind == parser.Unknown {
					p.CannotTell(res, v, "the port of "+db.what+" "+c.Address+" that uses this security group is not known")
				}
				continue
			}
			if _, sensitive := netexposure.SensitivePorts[int(port)]; sensitive || port == 0 || port < from || port > to {
				continue
			}
			names = append(names, fmt.Sprintf("%d (%s, %s)", port, db.service, c.Address))
		}
	}
	switch len(names) {
	case 0:
		return ""
	case 1:
		return "port " + names[0]
	}
	return "ports " + strings.Join(names, ", ")
}

// joinPorts joins two port descriptions, either of which may be empty.
func joinPorts(a, b string) string {
	switch {
	case a == "":
		return b
	case b == "":
		return a
	}
	return a + "; " + b
}
