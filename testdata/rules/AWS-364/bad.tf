variable "connector_transit" {
  description = "Encryption between the connectors and the cluster."
  type        = string
  default     = "PLAINTEXT"
}

variable "bootstrap_brokers" {
  type    = string
  default = "b-1.events.kafka.eu-west-1.amazonaws.com:9092,b-2.events.kafka.eu-west-1.amazonaws.com:9092"
}

locals {
  plugin_arn = "arn:aws:kafkaconnect:eu-west-1:111122223333:custom-plugin/s3-sink/0a1b2c3d"
}

# Encryption written as PLAINTEXT.
resource "aws_mskconnect_connector" "s3_sink" {
  name                 = "s3-sink"
  kafkaconnect_version = "2.7.1"

  capacity {
    autoscaling {
      mcu_count        = 1
      min_worker_count = 1
      max_worker_count = 2
      scale_in_policy {
        cpu_utilization_percentage = 20
      }
      scale_out_policy {
        cpu_utilization_percentage = 80
      }
    }
  }

  connector_configuration = {
    "connector.class" = "io.confluent.connect.s3.S3SinkConnector"
    "tasks.max"       = "1"
    "topics"          = "orders"
  }

  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = var.bootstrap_brokers
      vpc {
        security_groups = ["sg-0a1b2c3d"]
        subnets         = ["subnet-0a1b2c3d", "subnet-1a2b3c4d"]
      }
    }
  }

  kafka_cluster_client_authentication {
    authentication_type = "NONE"
  }

  kafka_cluster_encryption_in_transit {
    encryption_type = "PLAINTEXT" # want AWS-364 "PLAINTEXT"
  }

  plugin {
    custom_plugin {
      arn      = local.plugin_arn
      revision = 1
    }
  }

  service_execution_role_arn = "arn:aws:iam::111122223333:role/msk-connect"
}

# The encryption type comes from a variable whose default is PLAINTEXT.
resource "aws_mskconnect_connector" "jdbc_source" {
  name                 = "jdbc-source"
  kafkaconnect_version = "2.7.1"

  capacity {
    provisioned_capacity {
      mcu_count    = 1
      worker_count = 1
    }
  }

  connector_configuration = {
    "connector.class" = "io.confluent.connect.jdbc.JdbcSourceConnector"
    "tasks.max"       = "1"
  }

  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = var.bootstrap_brokers
      vpc {
        security_groups = ["sg-0a1b2c3d"]
        subnets         = ["subnet-0a1b2c3d"]
      }
    }
  }

  kafka_cluster_client_authentication {
    authentication_type = "NONE"
  }

  kafka_cluster_encryption_in_transit {
    encryption_type = var.connector_transit # want AWS-364
  }

  plugin {
    custom_plugin {
      arn      = local.plugin_arn
      revision = 1
    }
  }

  service_execution_role_arn = "arn:aws:iam::111122223333:role/msk-connect"
}

# The block is written without a type: the provider sends PLAINTEXT.
resource "aws_mskconnect_connector" "mirror" {
  name                 = "mirror"
  kafkaconnect_version = "2.7.1"

  capacity {
    provisioned_capacity {
      mcu_count    = 2
      worker_count = 2
    }
  }

  connector_configuration = {
    "connector.class" = "org.apache.kafka.connect.mirror.MirrorSourceConnector"
  }

  kafka_cluster {
    apache_kafka_cluster {
      bootstrap_servers = var.bootstrap_brokers
      vpc {
        security_groups = ["sg-0a1b2c3d"]
        subnets         = ["subnet-0a1b2c3d"]
      }
    }
  }

  kafka_cluster_client_authentication {
    authentication_type = "NONE"
  }

  kafka_cluster_encryption_in_transit {} # want AWS-364

  plugin {
    custom_plugin {
      arn      = local.plugin_arn
      revision = 1
    }
  }

  service_execution_role_arn = "arn:aws:iam::111122223333:role/msk-connect"
}
