package terraform

import (
	"fmt"
	"math/big"
	"net"
	"strconv"
	"strings"

	"github.com/zclconf/go-cty/cty"
	"github.com/zclconf/go-cty/cty/function"
	"github.com/zclconf/go-cty/cty/gocty"
)

// prefix is a parsed CIDR prefix: its first address as an integer, its
// length in bits, and the address width (32 or 128, as Go's net package
// represents the address).
type prefix struct {
	base   *big.Int
	len    int
	width  int
	mapped bool // an IPv4-mapped IPv6 address
}

// parsePrefix parses a CIDR prefix as Terraform does: IPv4 octets may have
// leading zeros (read as decimal), and host bits are discarded.
func parsePrefix(s string) (prefix, error) {
	addr, bits, ok := strings.Cut(s, "/")
	if ok && !strings.Contains(addr, ":") {
		if parts := strings.Split(addr, "."); len(parts) == 4 {
			for i, p := range parts {
				if p == "" || len(p) > 8 || strings.Trim(p, "0123456789") != "" {
					break
				}
				n, _ := strconv.Atoi(p)
				parts[i] = strconv.Itoa(n)
			}
			s = strings.Join(parts, ".") + "/" + bits
		}
	}
	_, network, err := net.ParseCIDR(s)
	if err != nil {
		return prefix{}, fmt.Errorf("invalid CIDR expression: %s", err)
	}
	ones, width := network.Mask.Size()
	mapped := len(network.IP) == net.IPv6len && network.IP.To4() != nil
	return prefix{base: new(big.Int).SetBytes(network.IP), len: ones, width: width, mapped: mapped}, nil
}

// ipString formats an address of the given width.
func ipString(n *big.Int, width int) string {
	b := make([]byte, width/8)
	nb := n.Bytes()
	if len(nb) > len(b) {
		nb = nb[len(nb)-len(b):]
	}
	copy(b[len(b)-len(nb):], nb)
	return net.IP(b).String()
}

// netString formats a network of the given width and prefix length.
func netString(n *big.Int, ones, width int) string {
	b := make([]byte, width/8)
	nb := n.Bytes()
	if len(nb) > len(b) {
		nb = nb[len(nb)-len(b):]
	}
	copy(b[len(b)-len(nb):], nb)
	return (&net.IPNet{IP: net.IP(b), Mask: net.CIDRMask(ones, width)}).String()
}

func bigArg(v cty.Value, i int) (*big.Int, error) {
	var n *big.Int
	if err := gocty.FromCtyValue(v, &n); err != nil {
		return nil, function.NewArgError(i, err)
	}
	return n, nil
}

func intArg(v cty.Value, i int) (int, error) {
	var n int
	if err := gocty.FromCtyValue(v, &n); err != nil {
		return 0, function.NewArgError(i, err)
	}
	return n, nil
}

// cidrHostFunc is cidrhost(prefix, hostnum); a negative hostnum counts
// back from the last address.
var cidrHostFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "prefix", Type: cty.String},
		{Name: "hostnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		host, err := bigArg(args[1], 1)
		if err != nil {
			return cty.NilVal, err
		}
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		size := new(big.Int).Lsh(big.NewInt(1), uint(p.width-p.len))
		h := new(big.Int).Set(host)
		if h.Sign() < 0 {
			h.Add(h, size)
		}
		if h.Sign() < 0 || h.Cmp(size) >= 0 {
			return cty.NilVal, fmt.Errorf("prefix of %d does not accommodate a host numbered %s", p.len, host)
		}
		// An IPv4-mapped IPv6 prefix is counted in IPv4 bits, but the host
		// number is placed as in an IPv6 address, as Terraform does.
		shift := uint(0)
		if p.width == 128 && p.mapped {
			shift = 96
		}
		h.Lsh(h, shift)
		h.Or(h, p.base)
		if h.BitLen() > p.width {
			return cty.NilVal, fmt.Errorf("prefix of %d does not accommodate a host numbered %s", p.len, host)
		}
		return cty.StringVal(ipString(h, p.width)), nil
	},
})

// cidrNetmaskFunc is cidrnetmask(prefix), for IPv4 prefixes.
var cidrNetmaskFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}},
	Type:   function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		s := args[0].AsString()
		p, err := parsePrefix(s)
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if p.width == 128 && !strings.Contains(s, ".") {
			return cty.NilVal, function.NewArgErrorf(0, "IPv6 addresses cannot have a netmask: %s", s)
		}
		return cty.StringVal(net.IP(net.CIDRMask(p.len, p.width)).String()), nil
	},
})

// cidrSubnetFunc is cidrsubnet(prefix, newbits, netnum).
var cidrSubnetFunc = function.New(&function.Spec{
	Params: []function.Parameter{
		{Name: "prefix", Type: cty.String},
		{Name: "newbits", Type: cty.Number},
		{Name: "netnum", Type: cty.Number},
	},
	Type: function.StaticReturnType(cty.String),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		newbits, err := intArg(args[1], 1)
		if err != nil {
			return cty.NilVal, err
		}
		num, err := bigArg(args[2], 2)
		if err != nil {
			return cty.NilVal, err
		}
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		ones := p.len + newbits
		if ones > p.width {
			return cty.NilVal, fmt.Errorf("insufficient address space to extend prefix of %d by %d", p.len, newbits)
		}
		// Terraform checks only the low 64 bits of the magnitude of netnum
		// against a 64-bit mask of newbits bits (all bits when newbits is
		// negative or 64 or more).
		limit := ^uint64(0)
		if newbits >= 0 && newbits < 64 {
			limit = 1<<uint(newbits) - 1
		}
		if new(big.Int).Abs(num).Uint64() > limit {
			return cty.NilVal, fmt.Errorf("prefix extension of %d does not accommodate a subnet numbered %s", newbits, num)
		}
		// netnum is combined in two's complement and the magnitude of the
		// result kept, as Terraform does.
		out := new(big.Int).Lsh(num, uint(p.width-ones))
		out.Or(out, p.base)
		out.Abs(out)
		if out.BitLen() > p.width {
			return cty.NilVal, fmt.Errorf("prefix extension of %d does not accommodate a subnet numbered %s", newbits, num)
		}
		return cty.StringVal(netString(out, ones, p.width)), nil
	},
})

// cidrSubnetsFunc is cidrsubnets(prefix, newbits...): consecutive
// subnets of the given sizes, each aligned to its own size.
var cidrSubnetsFunc = function.New(&function.Spec{
	Params: []function.Parameter{{Name: "prefix", Type: cty.String}},
	VarParam: &function.Parameter{
		Name: "newbits", Type: cty.Number,
	},
	Type: function.StaticReturnType(cty.List(cty.String)),
	Impl: func(args []cty.Value, retType cty.Type) (cty.Value, error) {
		p, err := parsePrefix(args[0].AsString())
		if err != nil {
			return cty.NilVal, function.NewArgError(0, err)
		}
		if len(args) == 1 {
			return cty.ListValEmpty(cty.String), nil
		}
		if p.mapped {
			// Terraform's arithmetic mixes the IPv4 and IPv6 forms of
			// such an address and finds no room for any subnet.
			return cty.NilVal, function.NewArgErrorf(1, "not enough remaining address space for a subnet")
		}
		if len(args) > maxValues {
			return unknownWhy(retType, tooLarge("cidrsubnets")), nil
		}
		end := new(big.Int).Add(p.base, new(big.Int).Lsh(big.NewInt(1), uint(p.width-p.len)))
		next := new(big.Int).Set(p.base)
		out := make([]cty.Value, 0, len(args)-1)
		for i, a := range args[1:] {
			n, err := intArg(a, i+1)
			if err != nil {
				return cty.NilVal, err
			}
			switch {
			case n < 1:
				return cty.NilVal, function.NewArgErrorf(i+1, "must extend prefix by at least one bit")
			case n > 32:
				return cty.NilVal, function.NewArgErrorf(i+1, "may not extend prefix by more than 32 bits")
			case p.len+n > p.width:
				return cty.NilVal, function.NewArgErrorf(i+1, "would extend prefix to %d bits, which is too long for an IPv%d address", p.len+n, map[int]int{32: 4, 128: 6}[p.width])
			}
			ones := p.len + n
			size := new(big.Int).Lsh(big.NewInt(1), uint(p.width-ones))
			// Align the next free address up to a multiple of the size.
			start := new(big.Int).Add(next, new(big.Int).Sub(size, big.NewInt(1)))
			start.AndNot(start, new(big.Int).Sub(size, big.NewInt(1)))
			stop := new(big.Int).Add(start, size)
			if stop.Cmp(end) > 0 {
				return cty.NilVal, function.NewArgErrorf(i+1, "not enough remaining address space for a subnet with a prefix of %d bits", ones)
			}
			out = append(out, cty.StringVal(netString(start, ones, p.width)))
			next = stop
		}
		return cty.ListVal(out), nil
	},
})
