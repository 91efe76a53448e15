; BrainTS kernel for neuron model HodgkinHuxleyExpEuler (models/hh.ts:123), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): V, m, h, n, armed, I.
; Group-uniform parameters (params): Cm, gNa, gK, gL, ENa, EK, EL, V_th.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'HodgkinHuxleyExpEuler.cpu'
source_filename = "models/hh.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @HodgkinHuxleyExpEuler_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/hh.ts:101  update(t: number, dt: number) {
  %V.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %V.ptr = load double*, double** %V.slot, align 8, !dbg !7
  %m.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %m.ptr = load double*, double** %m.slot, align 8, !dbg !7
  %h.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %h.ptr = load double*, double** %h.slot, align 8, !dbg !7
  %n.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %n.ptr = load double*, double** %n.slot, align 8, !dbg !7
  %armed.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !7
  %armed.ptr = load double*, double** %armed.slot, align 8, !dbg !7
  %I.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !7
  %I.ptr = load double*, double** %I.slot, align 8, !dbg !7
  %Cm.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %Cm = load double, double* %Cm.slot, align 8, !dbg !7
  %gNa.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gNa = load double, double* %gNa.slot, align 8, !dbg !7
  %gK.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %gK = load double, double* %gK.slot, align 8, !dbg !7
  %gL.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %gL = load double, double* %gL.slot, align 8, !dbg !7
  %ENa.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %ENa = load double, double* %ENa.slot, align 8, !dbg !7
  %EK.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %EK = load double, double* %EK.slot, align 8, !dbg !7
  %EL.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %EL = load double, double* %EL.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %u0 = fneg double %ENa, !dbg !8
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %u1 = fneg double %EK, !dbg !9
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %0 = fneg double %EL, !dbg !10
  %u2 = fmul double %gL, %0, !dbg !10
  %1 = icmp slt i64 %begin, %end, !dbg !10
  br i1 %1, label %neuron, label %done, !dbg !10

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !10
  %bad = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !10
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %m.addr = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !11
  %m = load double, double* %m.addr, align 8, !dbg !11
  %2 = fmul double %m, %m, !dbg !11
  %3 = fmul double %m, %2, !dbg !11
  %4 = fmul double %gNa, %3, !dbg !11
  %h.addr = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !12
  %h = load double, double* %h.addr, align 8, !dbg !12
  %5 = fmul double %4, %h, !dbg !12
  %6 = fneg double %5, !dbg !12
  %n.addr = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !13
  %n = load double, double* %n.addr, align 8, !dbg !13
  %7 = fmul double %n, %n, !dbg !13
  %8 = fmul double %7, %7, !dbg !13
  %9 = fmul double %gK, %8, !dbg !13
  %10 = fsub double %6, %9, !dbg !13
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %11 = fsub double %10, %gL, !dbg !14
  ; models/hh.ts:95  return [(I - INa - IK - IL) / this.Cm, gate(m, alphaM(V), betaM(V)), gate(h, alphaH(V), betaH(V)), gate(n, alphaN(V), betaN(V))];
  %12 = fdiv double %11, %Cm, !dbg !15
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %13 = fcmp oeq double %12, 0.000000e+00, !dbg !16
  %V.addr = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !17
  %V = load double, double* %V.addr, align 8, !dbg !17
  %I.addr = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !18
  %I = load double, double* %I.addr, align 8, !dbg !18
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %14 = fmul double %m, %m, !dbg !19
  %15 = fmul double %m, %14, !dbg !19
  %16 = fmul double %gNa, %15, !dbg !19
  %17 = fmul double %16, %h, !dbg !19
  %18 = fsub double %V, %ENa, !dbg !8
  %19 = fmul double %17, %18, !dbg !8
  %20 = fsub double %I, %19, !dbg !8
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %21 = fmul double %n, %n, !dbg !20
  %22 = fmul double %21, %21, !dbg !20
  %23 = fmul double %gK, %22, !dbg !20
  %24 = fsub double %V, %EK, !dbg !9
  %25 = fmul double %23, %24, !dbg !9
  %26 = fsub double %20, %25, !dbg !9
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %27 = fsub double %V, %EL, !dbg !10
  %28 = fmul double %gL, %27, !dbg !10
  %29 = fsub double %26, %28, !dbg !10
  %30 = fdiv double %29, %Cm, !dbg !10
  %31 = fmul double %dt, %30, !dbg !10
  %32 = fadd double %V, %31, !dbg !10
  ; models/hh.ts:92  const INa = this.gNa * m ** 3 * h * (V - this.ENa);
  %33 = fmul double %m, %m, !dbg !19
  %34 = fmul double %m, %33, !dbg !19
  %35 = fmul double %gNa, %34, !dbg !19
  %36 = fmul double %35, %h, !dbg !19
  %37 = fmul double %36, %u0, !dbg !21
  %38 = fsub double %I, %37, !dbg !21
  ; models/hh.ts:93  const IK = this.gK * n ** 4 * (V - this.EK);
  %39 = fmul double %n, %n, !dbg !20
  %40 = fmul double %39, %39, !dbg !20
  %41 = fmul double %gK, %40, !dbg !20
  %42 = fmul double %41, %u1, !dbg !22
  %43 = fsub double %38, %42, !dbg !22
  ; models/hh.ts:94  const IL = this.gL * (V - this.EL);
  %44 = fsub double %43, %u2, !dbg !14
  %45 = fdiv double %44, %Cm, !dbg !14
  %46 = fdiv double %45, %12, !dbg !14
  %47 = fneg double %46, !dbg !14
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %48 = fadd double %V, %46, !dbg !16
  %49 = fmul double %12, %dt, !dbg !16
  %50 = call double @llvm.exp.f64(double %49), !dbg !16
  %51 = fmul double %48, %50, !dbg !16
  %52 = fadd double %47, %51, !dbg !16
  %53 = select i1 %13, double %32, double %52, !dbg !16
  ; models/hh.ts:106  if (this.V > this.V_th && this.armed > 0.5) {
  %54 = fcmp ogt double %53, %V_th, !dbg !23
  ; models/hh.ts:103  if (!(this.V > this.V_th)) this.armed = 1;
  %55 = fcmp ogt double %V, %V_th, !dbg !24
  %56 = xor i1 %55, true, !dbg !24
  ; models/hh.ts:87  @state armed = 1;
  %armed.addr = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !25
  %armed = load double, double* %armed.addr, align 8, !dbg !25
  %57 = select i1 %56, double 1.000000e+00, double %armed, !dbg !25
  ; models/hh.ts:106  if (this.V > this.V_th && this.armed > 0.5) {
  %58 = fcmp ogt double %57, 5.000000e-01, !dbg !26
  %59 = and i1 %54, %58, !dbg !26
  ; models/hh.ts:107  this.armed = 0;
  %armed.next = select i1 %59, double 0.000000e+00, double %57, !dbg !27
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %60 = fadd double %V, 4.000000e+01, !dbg !28
  %61 = fneg double %60, !dbg !28
  %62 = fdiv double %61, 1.000000e+01, !dbg !29
  %63 = call double @llvm.exp.f64(double %62), !dbg !29
  %64 = fsub double %63, 1.000000e+00, !dbg !29
  %65 = call double @llvm.log.f64(double %63), !dbg !29
  %66 = fdiv double %64, %65, !dbg !29
  %67 = fcmp oeq double %63, 1.000000e+00, !dbg !29
  %68 = select i1 %67, double 1.000000e+00, double %66, !dbg !29
  %69 = fcmp olt double %62, -3.600000e+01, !dbg !29
  %70 = fdiv double -1.000000e+00, %62, !dbg !29
  %71 = select i1 %69, double %70, double %68, !dbg !29
  %72 = fcmp oeq double %63, 0x7FF0000000000000, !dbg !29
  %73 = select i1 %72, double %63, double %71, !dbg !29
  %74 = fdiv double 1.000000e+00, %73, !dbg !29
  %75 = fneg double %74, !dbg !29
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %76 = fadd double %V, 6.500000e+01, !dbg !30
  %77 = fneg double %76, !dbg !30
  %78 = fdiv double %77, 1.800000e+01, !dbg !31
  %79 = call double @llvm.exp.f64(double %78), !dbg !31
  %80 = fmul double 4.000000e+00, %79, !dbg !31
  %81 = fsub double %75, %80, !dbg !31
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %82 = fcmp oeq double %81, 0.000000e+00, !dbg !16
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %83 = fadd double %V, 4.000000e+01, !dbg !32
  %84 = fneg double %83, !dbg !32
  %85 = fdiv double %84, 1.000000e+01, !dbg !32
  %86 = call double @llvm.exp.f64(double %85), !dbg !32
  %87 = fsub double %86, 1.000000e+00, !dbg !32
  %88 = call double @llvm.log.f64(double %86), !dbg !32
  %89 = fdiv double %87, %88, !dbg !32
  %90 = fcmp oeq double %86, 1.000000e+00, !dbg !32
  %91 = select i1 %90, double 1.000000e+00, double %89, !dbg !32
  %92 = fcmp olt double %85, -3.600000e+01, !dbg !32
  %93 = fdiv double -1.000000e+00, %85, !dbg !32
  %94 = select i1 %92, double %93, double %91, !dbg !32
  %95 = fcmp oeq double %86, 0x7FF0000000000000, !dbg !32
  %96 = select i1 %95, double %86, double %94, !dbg !32
  %97 = fdiv double 1.000000e+00, %96, !dbg !32
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %98 = fsub double 1.000000e+00, %m, !dbg !33
  %99 = fmul double %97, %98, !dbg !33
  ; models/hh.ts:45  return 4 * Math.exp(-(V + 65) / 18);
  %100 = fadd double %V, 6.500000e+01, !dbg !34
  %101 = fneg double %100, !dbg !34
  %102 = fdiv double %101, 1.800000e+01, !dbg !34
  %103 = call double @llvm.exp.f64(double %102), !dbg !34
  %104 = fmul double 4.000000e+00, %103, !dbg !34
  %105 = fmul double %104, %m, !dbg !34
  %106 = fsub double %99, %105, !dbg !34
  %107 = fmul double %dt, %106, !dbg !34
  %108 = fadd double %m, %107, !dbg !34
  ; models/hh.ts:41  return 1 / exprel(-(V + 40) / 10);
  %109 = fadd double %V, 4.000000e+01, !dbg !32
  %110 = fneg double %109, !dbg !32
  %111 = fdiv double %110, 1.000000e+01, !dbg !32
  %112 = call double @llvm.exp.f64(double %111), !dbg !32
  %113 = fsub double %112, 1.000000e+00, !dbg !32
  %114 = call double @llvm.log.f64(double %112), !dbg !32
  %115 = fdiv double %113, %114, !dbg !32
  %116 = fcmp oeq double %112, 1.000000e+00, !dbg !32
  %117 = select i1 %116, double 1.000000e+00, double %115, !dbg !32
  %118 = fcmp olt double %111, -3.600000e+01, !dbg !32
  %119 = fdiv double -1.000000e+00, %111, !dbg !32
  %120 = select i1 %118, double %119, double %117, !dbg !32
  %121 = fcmp oeq double %112, 0x7FF0000000000000, !dbg !32
  %122 = select i1 %121, double %112, double %120, !dbg !32
  %123 = fdiv double 1.000000e+00, %122, !dbg !32
  %124 = fdiv double %123, %81, !dbg !32
  %125 = fneg double %124, !dbg !32
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %126 = fadd double %m, %124, !dbg !16
  %127 = fmul double %81, %dt, !dbg !16
  %128 = call double @llvm.exp.f64(double %127), !dbg !16
  %129 = fmul double %126, %128, !dbg !16
  %130 = fadd double %125, %129, !dbg !16
  %m.next = select i1 %82, double %108, double %130, !dbg !16
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %131 = fadd double %V, 6.500000e+01, !dbg !35
  %132 = fneg double %131, !dbg !35
  %133 = fdiv double %132, 2.000000e+01, !dbg !36
  %134 = call double @llvm.exp.f64(double %133), !dbg !36
  %135 = fmul double 7.000000e-02, %134, !dbg !36
  %136 = fneg double %135, !dbg !36
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %137 = fadd double %V, 3.500000e+01, !dbg !37
  %138 = fneg double %137, !dbg !37
  %139 = fdiv double %138, 1.000000e+01, !dbg !38
  %140 = call double @llvm.exp.f64(double %139), !dbg !38
  %141 = fadd double 1.000000e+00, %140, !dbg !38
  %142 = fdiv double 1.000000e+00, %141, !dbg !38
  %143 = fsub double %136, %142, !dbg !38
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %144 = fcmp oeq double %143, 0.000000e+00, !dbg !16
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %145 = fadd double %V, 6.500000e+01, !dbg !39
  %146 = fneg double %145, !dbg !39
  %147 = fdiv double %146, 2.000000e+01, !dbg !39
  %148 = call double @llvm.exp.f64(double %147), !dbg !39
  %149 = fmul double 7.000000e-02, %148, !dbg !39
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %150 = fsub double 1.000000e+00, %h, !dbg !33
  %151 = fmul double %149, %150, !dbg !33
  ; models/hh.ts:53  return 1 / (1 + Math.exp(-(V + 35) / 10));
  %152 = fadd double %V, 3.500000e+01, !dbg !40
  %153 = fneg double %152, !dbg !40
  %154 = fdiv double %153, 1.000000e+01, !dbg !40
  %155 = call double @llvm.exp.f64(double %154), !dbg !40
  %156 = fadd double 1.000000e+00, %155, !dbg !40
  %157 = fdiv double 1.000000e+00, %156, !dbg !40
  %158 = fmul double %157, %h, !dbg !40
  %159 = fsub double %151, %158, !dbg !40
  %160 = fmul double %dt, %159, !dbg !40
  %161 = fadd double %h, %160, !dbg !40
  ; models/hh.ts:49  return 0.07 * Math.exp(-(V + 65) / 20);
  %162 = fadd double %V, 6.500000e+01, !dbg !39
  %163 = fneg double %162, !dbg !39
  %164 = fdiv double %163, 2.000000e+01, !dbg !39
  %165 = call double @llvm.exp.f64(double %164), !dbg !39
  %166 = fmul double 7.000000e-02, %165, !dbg !39
  %167 = fdiv double %166, %143, !dbg !39
  %168 = fneg double %167, !dbg !39
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %169 = fadd double %h, %167, !dbg !16
  %170 = fmul double %143, %dt, !dbg !16
  %171 = call double @llvm.exp.f64(double %170), !dbg !16
  %172 = fmul double %169, %171, !dbg !16
  %173 = fadd double %168, %172, !dbg !16
  %h.next = select i1 %144, double %161, double %173, !dbg !16
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %174 = fadd double %V, 5.500000e+01, !dbg !41
  %175 = fneg double %174, !dbg !41
  %176 = fdiv double %175, 1.000000e+01, !dbg !42
  %177 = call double @llvm.exp.f64(double %176), !dbg !42
  %178 = fsub double %177, 1.000000e+00, !dbg !42
  %179 = call double @llvm.log.f64(double %177), !dbg !42
  %180 = fdiv double %178, %179, !dbg !42
  %181 = fcmp oeq double %177, 1.000000e+00, !dbg !42
  %182 = select i1 %181, double 1.000000e+00, double %180, !dbg !42
  %183 = fcmp olt double %176, -3.600000e+01, !dbg !42
  %184 = fdiv double -1.000000e+00, %176, !dbg !42
  %185 = select i1 %183, double %184, double %182, !dbg !42
  %186 = fcmp oeq double %177, 0x7FF0000000000000, !dbg !42
  %187 = select i1 %186, double %177, double %185, !dbg !42
  %188 = fdiv double 1.000000e-01, %187, !dbg !42
  %189 = fneg double %188, !dbg !42
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %190 = fadd double %V, 6.500000e+01, !dbg !43
  %191 = fneg double %190, !dbg !43
  %192 = fdiv double %191, 8.000000e+01, !dbg !44
  %193 = call double @llvm.exp.f64(double %192), !dbg !44
  %194 = fmul double 1.250000e-01, %193, !dbg !44
  %195 = fsub double %189, %194, !dbg !44
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %196 = fcmp oeq double %195, 0.000000e+00, !dbg !16
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %197 = fadd double %V, 5.500000e+01, !dbg !45
  %198 = fneg double %197, !dbg !45
  %199 = fdiv double %198, 1.000000e+01, !dbg !45
  %200 = call double @llvm.exp.f64(double %199), !dbg !45
  %201 = fsub double %200, 1.000000e+00, !dbg !45
  %202 = call double @llvm.log.f64(double %200), !dbg !45
  %203 = fdiv double %201, %202, !dbg !45
  %204 = fcmp oeq double %200, 1.000000e+00, !dbg !45
  %205 = select i1 %204, double 1.000000e+00, double %203, !dbg !45
  %206 = fcmp olt double %199, -3.600000e+01, !dbg !45
  %207 = fdiv double -1.000000e+00, %199, !dbg !45
  %208 = select i1 %206, double %207, double %205, !dbg !45
  %209 = fcmp oeq double %200, 0x7FF0000000000000, !dbg !45
  %210 = select i1 %209, double %200, double %208, !dbg !45
  %211 = fdiv double 1.000000e-01, %210, !dbg !45
  ; models/hh.ts:66  return alpha * (1 - x) - beta * x;
  %212 = fsub double 1.000000e+00, %n, !dbg !33
  %213 = fmul double %211, %212, !dbg !33
  ; models/hh.ts:61  return 0.125 * Math.exp(-(V + 65) / 80);
  %214 = fadd double %V, 6.500000e+01, !dbg !46
  %215 = fneg double %214, !dbg !46
  %216 = fdiv double %215, 8.000000e+01, !dbg !46
  %217 = call double @llvm.exp.f64(double %216), !dbg !46
  %218 = fmul double 1.250000e-01, %217, !dbg !46
  %219 = fmul double %218, %n, !dbg !46
  %220 = fsub double %213, %219, !dbg !46
  %221 = fmul double %dt, %220, !dbg !46
  %222 = fadd double %n, %221, !dbg !46
  ; models/hh.ts:57  return 0.1 / exprel(-(V + 55) / 10);
  %223 = fadd double %V, 5.500000e+01, !dbg !45
  %224 = fneg double %223, !dbg !45
  %225 = fdiv double %224, 1.000000e+01, !dbg !45
  %226 = call double @llvm.exp.f64(double %225), !dbg !45
  %227 = fsub double %226, 1.000000e+00, !dbg !45
  %228 = call double @llvm.log.f64(double %226), !dbg !45
  %229 = fdiv double %227, %228, !dbg !45
  %230 = fcmp oeq double %226, 1.000000e+00, !dbg !45
  %231 = select i1 %230, double 1.000000e+00, double %229, !dbg !45
  %232 = fcmp olt double %225, -3.600000e+01, !dbg !45
  %233 = fdiv double -1.000000e+00, %225, !dbg !45
  %234 = select i1 %232, double %233, double %231, !dbg !45
  %235 = fcmp oeq double %226, 0x7FF0000000000000, !dbg !45
  %236 = select i1 %235, double %226, double %234, !dbg !45
  %237 = fdiv double 1.000000e-01, %236, !dbg !45
  %238 = fdiv double %237, %195, !dbg !45
  %239 = fneg double %238, !dbg !45
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %240 = fadd double %n, %238, !dbg !16
  %241 = fmul double %195, %dt, !dbg !16
  %242 = call double @llvm.exp.f64(double %241), !dbg !16
  %243 = fmul double %240, %242, !dbg !16
  %244 = fadd double %239, %243, !dbg !16
  %n.next = select i1 %196, double %222, double %244, !dbg !16
  ; models/hh.ts:107  this.armed = 0;
  %armed.addr1 = getelementptr inbounds double, double* %armed.ptr, i64 %i, !dbg !47
  store double %armed.next, double* %armed.addr1, align 8, !dbg !47
  %245 = fsub double %armed.next, %armed.next, !dbg !47
  %246 = bitcast double %245 to i64, !dbg !47
  %armed.bad = or i64 0, %246, !dbg !47
  ; models/hh.ts:104  [this.V, this.m, this.h, this.n] = step(this.dY, this.V, this.m, this.h, this.n, this.I);
  %V.addr2 = getelementptr inbounds double, double* %V.ptr, i64 %i, !dbg !48
  store double %53, double* %V.addr2, align 8, !dbg !48
  %247 = fsub double %53, %53, !dbg !48
  %248 = bitcast double %247 to i64, !dbg !48
  %V.bad = or i64 %armed.bad, %248, !dbg !48
  %m.addr3 = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !48
  store double %m.next, double* %m.addr3, align 8, !dbg !48
  %249 = fsub double %m.next, %m.next, !dbg !48
  %250 = bitcast double %249 to i64, !dbg !48
  %m.bad = or i64 %V.bad, %250, !dbg !48
  %h.addr4 = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !48
  store double %h.next, double* %h.addr4, align 8, !dbg !48
  %251 = fsub double %h.next, %h.next, !dbg !48
  %252 = bitcast double %251 to i64, !dbg !48
  %h.bad = or i64 %m.bad, %252, !dbg !48
  %n.addr5 = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !48
  store double %n.next, double* %n.addr5, align 8, !dbg !48
  %253 = fsub double %n.next, %n.next, !dbg !48
  %254 = bitcast double %253 to i64, !dbg !48
  %n.bad = or i64 %h.bad, %254, !dbg !48
  ; models/hh.ts:88  @current I = 0; // uA/cm2
  %I.addr6 = getelementptr inbounds double, double* %I.ptr, i64 %i, !dbg !49
  store double 0.000000e+00, double* %I.addr6, align 8, !dbg !49
  ; models/hh.ts:101  update(t: number, dt: number) {
  %spiked.byte = zext i1 %59 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i64 %bad, %n.bad, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %255 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %255, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %bad.bits = phi i64 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  %256 = icmp ne i64 %bad.bits, 0, !dbg !7
  %result = zext i1 %256 to i32, !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.log.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "hh.ts", directory: "models")
!4 = distinct !DISubprogram(name: "HodgkinHuxleyExpEuler.update", linkageName: "HodgkinHuxleyExpEuler_update", scope: !3, file: !3, line: 101, type: !5, scopeLine: 101, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 101, column: 3, scope: !4)
!8 = !DILocation(line: 92, column: 46, scope: !4)
!9 = !DILocation(line: 93, column: 40, scope: !4)
!10 = !DILocation(line: 94, column: 31, scope: !4)
!11 = !DILocation(line: 104, column: 62, scope: !4)
!12 = !DILocation(line: 104, column: 70, scope: !4)
!13 = !DILocation(line: 104, column: 78, scope: !4)
!14 = !DILocation(line: 94, column: 16, scope: !4)
!15 = !DILocation(line: 95, column: 35, scope: !4)
!16 = !DILocation(line: 104, column: 40, scope: !4)
!17 = !DILocation(line: 104, column: 54, scope: !4)
!18 = !DILocation(line: 104, column: 86, scope: !4)
!19 = !DILocation(line: 92, column: 28, scope: !4)
!20 = !DILocation(line: 93, column: 26, scope: !4)
!21 = !DILocation(line: 92, column: 42, scope: !4)
!22 = !DILocation(line: 93, column: 36, scope: !4)
!23 = !DILocation(line: 106, column: 18, scope: !4)
!24 = !DILocation(line: 103, column: 20, scope: !4)
!25 = !DILocation(line: 87, column: 3, scope: !4)
!26 = !DILocation(line: 106, column: 44, scope: !4)
!27 = !DILocation(line: 107, column: 20, scope: !4)
!28 = !DILocation(line: 41, column: 27, scope: !4)
!29 = !DILocation(line: 41, column: 33, scope: !4)
!30 = !DILocation(line: 45, column: 29, scope: !4)
!31 = !DILocation(line: 45, column: 35, scope: !4)
!32 = !DILocation(line: 41, column: 23, scope: !4)
!33 = !DILocation(line: 66, column: 19, scope: !4)
!34 = !DILocation(line: 45, column: 25, scope: !4)
!35 = !DILocation(line: 49, column: 32, scope: !4)
!36 = !DILocation(line: 49, column: 38, scope: !4)
!37 = !DILocation(line: 53, column: 34, scope: !4)
!38 = !DILocation(line: 53, column: 40, scope: !4)
!39 = !DILocation(line: 49, column: 28, scope: !4)
!40 = !DILocation(line: 53, column: 30, scope: !4)
!41 = !DILocation(line: 57, column: 29, scope: !4)
!42 = !DILocation(line: 57, column: 35, scope: !4)
!43 = !DILocation(line: 61, column: 33, scope: !4)
!44 = !DILocation(line: 61, column: 39, scope: !4)
!45 = !DILocation(line: 57, column: 25, scope: !4)
!46 = !DILocation(line: 61, column: 29, scope: !4)
!47 = !DILocation(line: 107, column: 7, scope: !4)
!48 = !DILocation(line: 104, column: 5, scope: !4)
!49 = !DILocation(line: 88, column: 3, scope: !4)
; braints-hash: aceb7f127182764542f3f7674c9d25c34aff914ad5b06bd09780f4369c258f6f
