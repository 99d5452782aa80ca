# The named rules of ingress_rules, egress_rules and the "rule" key of the
# *_with_* maps: the well-known ports of each service the module names. A
# name missing here is unknown to the stand-in: the rule's ports stay
# unknown (a note), never guessed.

locals {
  rules = {
    "_"             = { from = null, to = null, protocol = null, description = null }
    "all-all"       = { from = -1, to = -1, protocol = "-1", description = "All protocols" }
    "all-tcp"       = { from = 0, to = 65535, protocol = "tcp", description = "All TCP ports" }
    "all-udp"       = { from = 0, to = 65535, protocol = "udp", description = "All UDP ports" }
    "all-icmp"      = { from = -1, to = -1, protocol = "icmp", description = "All IPV4 ICMP" }
    "all-ipv6-icmp" = { from = -1, to = -1, protocol = "58", description = "All IPV6 ICMP" }

    "ssh-tcp"         = { from = 22, to = 22, protocol = "tcp", description = "SSH" }
    "rdp-tcp"         = { from = 3389, to = 3389, protocol = "tcp", description = "Remote Desktop" }
    "rdp-udp"         = { from = 3389, to = 3389, protocol = "udp", description = "Remote Desktop" }
    "winrm-http-tcp"  = { from = 5985, to = 5985, protocol = "tcp", description = "WinRM HTTP" }
    "winrm-https-tcp" = { from = 5986, to = 5986, protocol = "tcp", description = "WinRM HTTPS" }

    "http-80-tcp"    = { from = 80, to = 80, protocol = "tcp", description = "HTTP" }
    "http-8080-tcp"  = { from = 8080, to = 8080, protocol = "tcp", description = "HTTP" }
    "https-443-tcp"  = { from = 443, to = 443, protocol = "tcp", description = "HTTPS" }
    "https-8443-tcp" = { from = 8443, to = 8443, protocol = "tcp", description = "HTTPS" }

    "mysql-tcp"           = { from = 3306, to = 3306, protocol = "tcp", description = "MySQL/Aurora" }
    "postgresql-tcp"      = { from = 5432, to = 5432, protocol = "tcp", description = "PostgreSQL" }
    "mssql-tcp"           = { from = 1433, to = 1433, protocol = "tcp", description = "MSSQL Server" }
    "mssql-udp"           = { from = 1434, to = 1434, protocol = "udp", description = "MSSQL Browser" }
    "oracle-db-tcp"       = { from = 1521, to = 1521, protocol = "tcp", description = "Oracle" }
    "redis-tcp"           = { from = 6379, to = 6379, protocol = "tcp", description = "Redis" }
    "memcached-tcp"       = { from = 11211, to = 11211, protocol = "tcp", description = "Memcached" }
    "mongodb-27017-tcp"   = { from = 27017, to = 27017, protocol = "tcp", description = "MongoDB" }
    "mongodb-27018-tcp"   = { from = 27018, to = 27018, protocol = "tcp", description = "MongoDB shard" }
    "mongodb-27019-tcp"   = { from = 27019, to = 27019, protocol = "tcp", description = "MongoDB config server" }
    "cassandra-clients-tcp" = { from = 9042, to = 9042, protocol = "tcp", description = "Cassandra clients" }
    "elasticsearch-rest-tcp" = { from = 9200, to = 9200, protocol = "tcp", description = "Elasticsearch REST interface" }
    "elasticsearch-java-tcp" = { from = 9300, to = 9300, protocol = "tcp", description = "Elasticsearch Java interface" }
    "kibana-tcp"          = { from = 5601, to = 5601, protocol = "tcp", description = "Kibana Web Interface" }
    "kafka-broker-tcp"    = { from = 9092, to = 9092, protocol = "tcp", description = "Kafka PLAINTEXT enable broker 0.8.2+" }
    "kafka-broker-tls-tcp" = { from = 9094, to = 9094, protocol = "tcp", description = "Kafka TLS enabled broker 0.8.2+" }
    "zookeeper-2181-tcp"  = { from = 2181, to = 2181, protocol = "tcp", description = "Zookeeper" }
    "rabbitmq-5671-tcp"   = { from = 5671, to = 5671, protocol = "tcp", description = "RabbitMQ" }
    "rabbitmq-5672-tcp"   = { from = 5672, to = 5672, protocol = "tcp", description = "RabbitMQ" }
    "rabbitmq-15672-tcp"  = { from = 15672, to = 15672, protocol = "tcp", description = "RabbitMQ" }
    "etcd-client-tcp"     = { from = 2379, to = 2379, protocol = "tcp", description = "Etcd Client" }
    "docker-swarm-mngmt-tcp" = { from = 2377, to = 2377, protocol = "tcp", description = "Docker Swarm cluster management" }
    "kubernetes-api-tcp"  = { from = 6443, to = 6443, protocol = "tcp", description = "Kubernetes API Server" }
    "grafana-tcp"         = { from = 3000, to = 3000, protocol = "tcp", description = "Grafana Dashboard" }
    "prometheus-http-tcp" = { from = 9090, to = 9090, protocol = "tcp", description = "Prometheus" }
    "prometheus-node-exporter-http-tcp" = { from = 9100, to = 9100, protocol = "tcp", description = "Prometheus Node Exporter" }
    "ldap-tcp"            = { from = 389, to = 389, protocol = "tcp", description = "LDAP" }
    "ldaps-tcp"           = { from = 636, to = 636, protocol = "tcp", description = "LDAPS" }
    "dns-udp"             = { from = 53, to = 53, protocol = "udp", description = "DNS" }
    "dns-tcp"             = { from = 53, to = 53, protocol = "tcp", description = "DNS" }
    "nfs-tcp"             = { from = 2049, to = 2049, protocol = "tcp", description = "NFS/EFS" }
    "ntp-udp"             = { from = 123, to = 123, protocol = "udp", description = "NTP" }
    "smtp-tcp"            = { from = 25, to = 25, protocol = "tcp", description = "SMTP" }
    "smtps-465-tcp"       = { from = 465, to = 465, protocol = "tcp", description = "SMTPS" }
    "smtp-submission-587-tcp" = { from = 587, to = 587, protocol = "tcp", description = "SMTP Submission" }
    "openvpn-udp"         = { from = 1194, to = 1194, protocol = "udp", description = "OpenVPN" }
    "openvpn-https-tcp"   = { from = 443, to = 443, protocol = "tcp", description = "OpenVPN" }
    "ipsec-500-udp"       = { from = 500, to = 500, protocol = "udp", description = "IPSEC ISAKMP" }
    "ipsec-4500-udp"      = { from = 4500, to = 4500, protocol = "udp", description = "IPSEC NAT-T" }
    "puppet-tcp"          = { from = 8140, to = 8140, protocol = "tcp", description = "Puppet" }
  }
}
