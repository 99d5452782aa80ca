# An events cluster left with no client authentication, a cluster that
# turns unauthenticated access on beside IAM during a migration, and one
# whose TLS client authentication names no certificate authority.

locals {
  broker_subnets = ["subnet-0a1b2c3d", "subnet-0b1b2c3d", "subnet-0c1b2c3d"]
}

resource "aws_msk_cluster" "events" { # want AWS-332 "no client authentication method"
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = local.broker_subnets
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/events"
      }
    }
  }
}

resource "aws_msk_cluster" "migrating" {
  cluster_name           = "orders"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = local.broker_subnets
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  client_authentication {
    unauthenticated = true # want AWS-332 "unauthenticated = true"
    sasl {
      iam = true
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/orders"
      }
    }
  }
}

resource "aws_msk_cluster" "no_ca" { # want AWS-332
  cluster_name           = "billing"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = local.broker_subnets
    security_groups = ["sg-0a1b2c3d4e5f60718"]
  }

  client_authentication {
    sasl {
      scram = false
    }
    tls {
      certificate_authority_arns = []
    }
  }

  logging_info {
    broker_logs {
      cloudwatch_logs {
        enabled   = true
        log_group = "/msk/billing"
      }
    }
  }
}
