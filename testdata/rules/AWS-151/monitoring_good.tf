resource "aws_kms_key" "monitoring" {
  description         = "model monitoring"
  enable_key_rotation = true
}

resource "aws_sagemaker_data_quality_job_definition" "keyed" {
  name     = "orders-data-quality"
  role_arn = "arn:aws:iam::111122223333:role/monitoring"
  data_quality_app_specification {
    image_uri = "159807026194.dkr.ecr.eu-west-1.amazonaws.com/sagemaker-model-monitor-analyzer"
  }
  data_quality_job_input {
    endpoint_input {
      endpoint_name = "orders"
    }
  }
  data_quality_job_output_config {
    kms_key_id = aws_kms_key.monitoring.arn
    monitoring_outputs {
      s3_output {
        s3_uri = "s3://orders-monitoring/data-quality"
      }
    }
  }
  job_resources {
    cluster_config {
      instance_count    = 1
      instance_type     = "ml.m5.large"
      volume_size_in_gb = 20
      volume_kms_key_id = aws_kms_key.monitoring.arn
    }
  }
  network_config {
    enable_network_isolation = true
  }
}
