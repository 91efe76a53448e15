; BrainTS kernel for neuron model TraubHH (models/cobahh.ts:11), method update(t, dt).
; Loops over neurons [begin, end). Arrays (fields): v, m, h, n, ge, gi, t_last.
; Group-uniform parameters (params): Cm, gl, g_na, g_kd, El, EK, ENa, VT, Ee, Ei, taue, taui, V_th, t_ref.
; You may edit this file: BrainTS notices, checks the kernel signature, uses your version and says so.
; ModuleID = 'TraubHH.cpu'
source_filename = "models/cobahh.ts"
target datalayout = "e-m:e-p270:32:32-p271:32:32-p272:64:64-i64:64-f80:128-n8:16:32:64-S128"
target triple = "x86_64-pc-linux-gnu"

; Function Attrs: nounwind
define i32 @TraubHH_update(double** %fields, double* %params, i8* %spiked, i64 %begin, i64 %end, double %t, double %dt, i64 %step, i32 %seed, i32 %stream) #0 !dbg !4 {
entry:
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %v.slot = getelementptr inbounds double*, double** %fields, i64 0, !dbg !7
  %v.ptr = load double*, double** %v.slot, align 8, !dbg !7
  %m.slot = getelementptr inbounds double*, double** %fields, i64 1, !dbg !7
  %m.ptr = load double*, double** %m.slot, align 8, !dbg !7
  %h.slot = getelementptr inbounds double*, double** %fields, i64 2, !dbg !7
  %h.ptr = load double*, double** %h.slot, align 8, !dbg !7
  %n.slot = getelementptr inbounds double*, double** %fields, i64 3, !dbg !7
  %n.ptr = load double*, double** %n.slot, align 8, !dbg !7
  %ge.slot = getelementptr inbounds double*, double** %fields, i64 4, !dbg !7
  %ge.ptr = load double*, double** %ge.slot, align 8, !dbg !7
  %gi.slot = getelementptr inbounds double*, double** %fields, i64 5, !dbg !7
  %gi.ptr = load double*, double** %gi.slot, align 8, !dbg !7
  %t_last.slot = getelementptr inbounds double*, double** %fields, i64 6, !dbg !7
  %t_last.ptr = load double*, double** %t_last.slot, align 8, !dbg !7
  %Cm.slot = getelementptr inbounds double, double* %params, i64 0, !dbg !7
  %Cm = load double, double* %Cm.slot, align 8, !dbg !7
  %gl.slot = getelementptr inbounds double, double* %params, i64 1, !dbg !7
  %gl = load double, double* %gl.slot, align 8, !dbg !7
  %g_na.slot = getelementptr inbounds double, double* %params, i64 2, !dbg !7
  %g_na = load double, double* %g_na.slot, align 8, !dbg !7
  %g_kd.slot = getelementptr inbounds double, double* %params, i64 3, !dbg !7
  %g_kd = load double, double* %g_kd.slot, align 8, !dbg !7
  %El.slot = getelementptr inbounds double, double* %params, i64 4, !dbg !7
  %El = load double, double* %El.slot, align 8, !dbg !7
  %EK.slot = getelementptr inbounds double, double* %params, i64 5, !dbg !7
  %EK = load double, double* %EK.slot, align 8, !dbg !7
  %ENa.slot = getelementptr inbounds double, double* %params, i64 6, !dbg !7
  %ENa = load double, double* %ENa.slot, align 8, !dbg !7
  %VT.slot = getelementptr inbounds double, double* %params, i64 7, !dbg !7
  %VT = load double, double* %VT.slot, align 8, !dbg !7
  %Ee.slot = getelementptr inbounds double, double* %params, i64 8, !dbg !7
  %Ee = load double, double* %Ee.slot, align 8, !dbg !7
  %Ei.slot = getelementptr inbounds double, double* %params, i64 9, !dbg !7
  %Ei = load double, double* %Ei.slot, align 8, !dbg !7
  %taue.slot = getelementptr inbounds double, double* %params, i64 10, !dbg !7
  %taue = load double, double* %taue.slot, align 8, !dbg !7
  %taui.slot = getelementptr inbounds double, double* %params, i64 11, !dbg !7
  %taui = load double, double* %taui.slot, align 8, !dbg !7
  %V_th.slot = getelementptr inbounds double, double* %params, i64 12, !dbg !7
  %V_th = load double, double* %V_th.slot, align 8, !dbg !7
  %t_ref.slot = getelementptr inbounds double, double* %params, i64 13, !dbg !7
  %t_ref = load double, double* %t_ref.slot, align 8, !dbg !7
  ; models/cobahh.ts:45  this.gl * (this.El - v) +
  %u0 = fneg double %gl, !dbg !8
  %u1 = fmul double %gl, %El, !dbg !9
  ; models/cobahh.ts:48  this.g_na * m * m * m * h * (v - this.ENa) -
  %u2 = fneg double %ENa, !dbg !10
  ; models/cobahh.ts:49  this.g_kd * n * n * n * n * (v - this.EK);
  %u3 = fneg double %EK, !dbg !11
  ; models/cobahh.ts:55  -ge / this.taue,
  %u4 = fdiv double -1.000000e+00, %taue, !dbg !12
  %0 = fdiv double 0.000000e+00, %u4, !dbg !13
  %u5 = fneg double %0, !dbg !13
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %1 = fmul double %u4, %dt, !dbg !14
  %u7 = call double @llvm.exp.f64(double %1), !dbg !14
  ; models/cobahh.ts:56  -gi / this.taui,
  %u8 = fdiv double -1.000000e+00, %taui, !dbg !15
  %2 = fdiv double 0.000000e+00, %u8, !dbg !16
  %u9 = fneg double %2, !dbg !16
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %3 = fmul double %u8, %dt, !dbg !14
  %u11 = call double @llvm.exp.f64(double %3), !dbg !14
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %u12 = fmul double 1.000000e-03, %dt, !dbg !17
  ; models/cobahh.ts:61  const active = Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %4 = fmul double 1.000000e-03, %dt, !dbg !18
  %5 = fadd double %t_ref, %4, !dbg !18
  %6 = fdiv double %5, %dt, !dbg !18
  %u13 = call double @llvm.trunc.f64(double %6), !dbg !18
  %7 = icmp slt i64 %begin, %end, !dbg !18
  br i1 %7, label %neuron, label %done, !dbg !18

neuron:                                           ; preds = %neuron, %entry
  %i = phi i64 [ %begin, %entry ], [ %i.next, %neuron ], !dbg !18
  %bad = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !18
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %ge.addr = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !19
  %ge = load double, double* %ge.addr, align 8, !dbg !19
  %8 = fneg double %ge, !dbg !19
  %9 = fadd double %u0, %8, !dbg !19
  %gi.addr = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !20
  %gi = load double, double* %gi.addr, align 8, !dbg !20
  %10 = fneg double %gi, !dbg !20
  %11 = fadd double %9, %10, !dbg !20
  %m.addr = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !21
  %m = load double, double* %m.addr, align 8, !dbg !21
  %12 = fmul double %g_na, %m, !dbg !21
  %13 = fmul double %12, %m, !dbg !21
  %14 = fmul double %13, %m, !dbg !21
  %h.addr = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !22
  %h = load double, double* %h.addr, align 8, !dbg !22
  %15 = fmul double %14, %h, !dbg !22
  %16 = fsub double %11, %15, !dbg !22
  %n.addr = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !23
  %n = load double, double* %n.addr, align 8, !dbg !23
  %17 = fmul double %g_kd, %n, !dbg !23
  %18 = fmul double %17, %n, !dbg !23
  %19 = fmul double %18, %n, !dbg !23
  %20 = fmul double %19, %n, !dbg !23
  %21 = fsub double %16, %20, !dbg !23
  ; models/cobahh.ts:51  current / this.Cm,
  %22 = fdiv double %21, %Cm, !dbg !24
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %23 = fcmp oeq double %22, 0.000000e+00, !dbg !14
  %v.addr = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !25
  %v = load double, double* %v.addr, align 8, !dbg !25
  ; models/cobahh.ts:45  this.gl * (this.El - v) +
  %24 = fsub double %El, %v, !dbg !9
  %25 = fmul double %gl, %24, !dbg !9
  ; models/cobahh.ts:46  ge * (this.Ee - v) +
  %26 = fsub double %Ee, %v, !dbg !26
  %27 = fmul double %ge, %26, !dbg !26
  %28 = fadd double %25, %27, !dbg !26
  ; models/cobahh.ts:47  gi * (this.Ei - v) -
  %29 = fsub double %Ei, %v, !dbg !27
  %30 = fmul double %gi, %29, !dbg !27
  %31 = fadd double %28, %30, !dbg !27
  ; models/cobahh.ts:48  this.g_na * m * m * m * h * (v - this.ENa) -
  %32 = fmul double %g_na, %m, !dbg !28
  %33 = fmul double %32, %m, !dbg !28
  %34 = fmul double %33, %m, !dbg !28
  %35 = fmul double %34, %h, !dbg !28
  %36 = fsub double %v, %ENa, !dbg !10
  %37 = fmul double %35, %36, !dbg !10
  %38 = fsub double %31, %37, !dbg !10
  ; models/cobahh.ts:49  this.g_kd * n * n * n * n * (v - this.EK);
  %39 = fmul double %g_kd, %n, !dbg !29
  %40 = fmul double %39, %n, !dbg !29
  %41 = fmul double %40, %n, !dbg !29
  %42 = fmul double %41, %n, !dbg !29
  %43 = fsub double %v, %EK, !dbg !11
  %44 = fmul double %42, %43, !dbg !11
  %45 = fsub double %38, %44, !dbg !11
  %46 = fdiv double %45, %Cm, !dbg !11
  %47 = fmul double %dt, %46, !dbg !11
  %48 = fadd double %v, %47, !dbg !11
  ; models/cobahh.ts:46  ge * (this.Ee - v) +
  %49 = fmul double %ge, %Ee, !dbg !30
  %50 = fadd double %u1, %49, !dbg !30
  ; models/cobahh.ts:47  gi * (this.Ei - v) -
  %51 = fmul double %gi, %Ei, !dbg !31
  %52 = fadd double %50, %51, !dbg !31
  ; models/cobahh.ts:48  this.g_na * m * m * m * h * (v - this.ENa) -
  %53 = fmul double %g_na, %m, !dbg !28
  %54 = fmul double %53, %m, !dbg !28
  %55 = fmul double %54, %m, !dbg !28
  %56 = fmul double %55, %h, !dbg !28
  %57 = fmul double %56, %u2, !dbg !32
  %58 = fsub double %52, %57, !dbg !32
  ; models/cobahh.ts:49  this.g_kd * n * n * n * n * (v - this.EK);
  %59 = fmul double %g_kd, %n, !dbg !29
  %60 = fmul double %59, %n, !dbg !29
  %61 = fmul double %60, %n, !dbg !29
  %62 = fmul double %61, %n, !dbg !29
  %63 = fmul double %62, %u3, !dbg !33
  %64 = fsub double %58, %63, !dbg !33
  %65 = fdiv double %64, %Cm, !dbg !33
  %66 = fdiv double %65, %22, !dbg !33
  %67 = fneg double %66, !dbg !33
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %68 = fadd double %v, %66, !dbg !14
  %69 = fmul double %22, %dt, !dbg !14
  %70 = call double @llvm.exp.f64(double %69), !dbg !14
  %71 = fmul double %68, %70, !dbg !14
  %72 = fadd double %67, %71, !dbg !14
  %v.next = select i1 %23, double %48, double %72, !dbg !14
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %73 = fsub double 1.300000e+01, %v, !dbg !34
  ; models/cobahh.ts:37  const VT = this.VT;
  %74 = fadd double %73, %VT, !dbg !35
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %75 = fdiv double %74, 4.000000e+00, !dbg !36
  %76 = call double @llvm.exp.f64(double %75), !dbg !36
  %77 = fsub double %76, 1.000000e+00, !dbg !36
  %78 = call double @llvm.log.f64(double %76), !dbg !36
  %79 = fdiv double %77, %78, !dbg !36
  %80 = fcmp oeq double %76, 1.000000e+00, !dbg !36
  %81 = select i1 %80, double 1.000000e+00, double %79, !dbg !36
  %82 = fcmp olt double %75, -3.600000e+01, !dbg !36
  %83 = fdiv double -1.000000e+00, %75, !dbg !36
  %84 = select i1 %82, double %83, double %81, !dbg !36
  %85 = fcmp oeq double %76, 0x7FF0000000000000, !dbg !36
  %86 = select i1 %85, double %76, double %84, !dbg !36
  %87 = fdiv double 1.280000e+00, %86, !dbg !36
  %88 = fneg double %87, !dbg !36
  ; models/cobahh.ts:39  const beta_m = (0.28 * 5) / exprel((v - VT - 40) / 5);
  %89 = fsub double %v, %VT, !dbg !37
  %90 = fsub double %89, 4.000000e+01, !dbg !38
  %91 = fdiv double %90, 5.000000e+00, !dbg !39
  %92 = call double @llvm.exp.f64(double %91), !dbg !39
  %93 = fsub double %92, 1.000000e+00, !dbg !39
  %94 = call double @llvm.log.f64(double %92), !dbg !39
  %95 = fdiv double %93, %94, !dbg !39
  %96 = fcmp oeq double %92, 1.000000e+00, !dbg !39
  %97 = select i1 %96, double 1.000000e+00, double %95, !dbg !39
  %98 = fcmp olt double %91, -3.600000e+01, !dbg !39
  %99 = fdiv double -1.000000e+00, %91, !dbg !39
  %100 = select i1 %98, double %99, double %97, !dbg !39
  %101 = fcmp oeq double %92, 0x7FF0000000000000, !dbg !39
  %102 = select i1 %101, double %92, double %100, !dbg !39
  %103 = fdiv double 0x3FF6666666666667, %102, !dbg !39
  %104 = fsub double %88, %103, !dbg !39
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %105 = fcmp oeq double %104, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %106 = fsub double 1.300000e+01, %v, !dbg !34
  %107 = fadd double %106, %VT, !dbg !34
  %108 = fdiv double %107, 4.000000e+00, !dbg !34
  %109 = call double @llvm.exp.f64(double %108), !dbg !34
  %110 = fsub double %109, 1.000000e+00, !dbg !34
  %111 = call double @llvm.log.f64(double %109), !dbg !34
  %112 = fdiv double %110, %111, !dbg !34
  %113 = fcmp oeq double %109, 1.000000e+00, !dbg !34
  %114 = select i1 %113, double 1.000000e+00, double %112, !dbg !34
  %115 = fcmp olt double %108, -3.600000e+01, !dbg !34
  %116 = fdiv double -1.000000e+00, %108, !dbg !34
  %117 = select i1 %115, double %116, double %114, !dbg !34
  %118 = fcmp oeq double %109, 0x7FF0000000000000, !dbg !34
  %119 = select i1 %118, double %109, double %117, !dbg !34
  %120 = fdiv double 1.280000e+00, %119, !dbg !34
  ; models/cobahh.ts:52  alpha_m * (1 - m) - beta_m * m,
  %121 = fsub double 1.000000e+00, %m, !dbg !40
  %122 = fmul double %120, %121, !dbg !40
  ; models/cobahh.ts:39  const beta_m = (0.28 * 5) / exprel((v - VT - 40) / 5);
  %123 = fsub double %v, %VT, !dbg !37
  %124 = fsub double %123, 4.000000e+01, !dbg !37
  %125 = fdiv double %124, 5.000000e+00, !dbg !37
  %126 = call double @llvm.exp.f64(double %125), !dbg !37
  %127 = fsub double %126, 1.000000e+00, !dbg !37
  %128 = call double @llvm.log.f64(double %126), !dbg !37
  %129 = fdiv double %127, %128, !dbg !37
  %130 = fcmp oeq double %126, 1.000000e+00, !dbg !37
  %131 = select i1 %130, double 1.000000e+00, double %129, !dbg !37
  %132 = fcmp olt double %125, -3.600000e+01, !dbg !37
  %133 = fdiv double -1.000000e+00, %125, !dbg !37
  %134 = select i1 %132, double %133, double %131, !dbg !37
  %135 = fcmp oeq double %126, 0x7FF0000000000000, !dbg !37
  %136 = select i1 %135, double %126, double %134, !dbg !37
  %137 = fdiv double 0x3FF6666666666667, %136, !dbg !37
  %138 = fmul double %137, %m, !dbg !37
  %139 = fsub double %122, %138, !dbg !37
  %140 = fmul double %dt, %139, !dbg !37
  %141 = fadd double %m, %140, !dbg !37
  ; models/cobahh.ts:38  const alpha_m = (0.32 * 4) / exprel((13 - v + VT) / 4);
  %142 = fsub double 1.300000e+01, %v, !dbg !34
  %143 = fadd double %142, %VT, !dbg !34
  %144 = fdiv double %143, 4.000000e+00, !dbg !34
  %145 = call double @llvm.exp.f64(double %144), !dbg !34
  %146 = fsub double %145, 1.000000e+00, !dbg !34
  %147 = call double @llvm.log.f64(double %145), !dbg !34
  %148 = fdiv double %146, %147, !dbg !34
  %149 = fcmp oeq double %145, 1.000000e+00, !dbg !34
  %150 = select i1 %149, double 1.000000e+00, double %148, !dbg !34
  %151 = fcmp olt double %144, -3.600000e+01, !dbg !34
  %152 = fdiv double -1.000000e+00, %144, !dbg !34
  %153 = select i1 %151, double %152, double %150, !dbg !34
  %154 = fcmp oeq double %145, 0x7FF0000000000000, !dbg !34
  %155 = select i1 %154, double %145, double %153, !dbg !34
  %156 = fdiv double 1.280000e+00, %155, !dbg !34
  %157 = fdiv double %156, %104, !dbg !34
  %158 = fneg double %157, !dbg !34
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %159 = fadd double %m, %157, !dbg !14
  %160 = fmul double %104, %dt, !dbg !14
  %161 = call double @llvm.exp.f64(double %160), !dbg !14
  %162 = fmul double %159, %161, !dbg !14
  %163 = fadd double %158, %162, !dbg !14
  %m.next = select i1 %105, double %141, double %163, !dbg !14
  ; models/cobahh.ts:40  const alpha_h = 0.128 * Math.exp((17 - v + VT) / 18);
  %164 = fsub double 1.700000e+01, %v, !dbg !41
  %165 = fadd double %164, %VT, !dbg !41
  %166 = fdiv double %165, 1.800000e+01, !dbg !42
  %167 = call double @llvm.exp.f64(double %166), !dbg !42
  %168 = fmul double 1.280000e-01, %167, !dbg !42
  %169 = fneg double %168, !dbg !42
  ; models/cobahh.ts:41  const beta_h = 4 / (1 + Math.exp((40 - v + VT) / 5));
  %170 = fsub double 4.000000e+01, %v, !dbg !43
  %171 = fadd double %170, %VT, !dbg !43
  %172 = fdiv double %171, 5.000000e+00, !dbg !44
  %173 = call double @llvm.exp.f64(double %172), !dbg !44
  %174 = fadd double 1.000000e+00, %173, !dbg !44
  %175 = fdiv double 4.000000e+00, %174, !dbg !44
  %176 = fsub double %169, %175, !dbg !44
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %177 = fcmp oeq double %176, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:40  const alpha_h = 0.128 * Math.exp((17 - v + VT) / 18);
  %178 = fsub double 1.700000e+01, %v, !dbg !41
  %179 = fadd double %178, %VT, !dbg !41
  %180 = fdiv double %179, 1.800000e+01, !dbg !41
  %181 = call double @llvm.exp.f64(double %180), !dbg !41
  %182 = fmul double 1.280000e-01, %181, !dbg !41
  ; models/cobahh.ts:53  alpha_h * (1 - h) - beta_h * h,
  %183 = fsub double 1.000000e+00, %h, !dbg !45
  %184 = fmul double %182, %183, !dbg !45
  ; models/cobahh.ts:41  const beta_h = 4 / (1 + Math.exp((40 - v + VT) / 5));
  %185 = fsub double 4.000000e+01, %v, !dbg !43
  %186 = fadd double %185, %VT, !dbg !43
  %187 = fdiv double %186, 5.000000e+00, !dbg !43
  %188 = call double @llvm.exp.f64(double %187), !dbg !43
  %189 = fadd double 1.000000e+00, %188, !dbg !43
  %190 = fdiv double 4.000000e+00, %189, !dbg !43
  %191 = fmul double %190, %h, !dbg !43
  %192 = fsub double %184, %191, !dbg !43
  %193 = fmul double %dt, %192, !dbg !43
  %194 = fadd double %h, %193, !dbg !43
  ; models/cobahh.ts:40  const alpha_h = 0.128 * Math.exp((17 - v + VT) / 18);
  %195 = fsub double 1.700000e+01, %v, !dbg !41
  %196 = fadd double %195, %VT, !dbg !41
  %197 = fdiv double %196, 1.800000e+01, !dbg !41
  %198 = call double @llvm.exp.f64(double %197), !dbg !41
  %199 = fmul double 1.280000e-01, %198, !dbg !41
  %200 = fdiv double %199, %176, !dbg !41
  %201 = fneg double %200, !dbg !41
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %202 = fadd double %h, %200, !dbg !14
  %203 = fmul double %176, %dt, !dbg !14
  %204 = call double @llvm.exp.f64(double %203), !dbg !14
  %205 = fmul double %202, %204, !dbg !14
  %206 = fadd double %201, %205, !dbg !14
  %h.next = select i1 %177, double %194, double %206, !dbg !14
  ; models/cobahh.ts:42  const alpha_n = (0.032 * 5) / exprel((15 - v + VT) / 5);
  %207 = fsub double 1.500000e+01, %v, !dbg !46
  %208 = fadd double %207, %VT, !dbg !46
  %209 = fdiv double %208, 5.000000e+00, !dbg !47
  %210 = call double @llvm.exp.f64(double %209), !dbg !47
  %211 = fsub double %210, 1.000000e+00, !dbg !47
  %212 = call double @llvm.log.f64(double %210), !dbg !47
  %213 = fdiv double %211, %212, !dbg !47
  %214 = fcmp oeq double %210, 1.000000e+00, !dbg !47
  %215 = select i1 %214, double 1.000000e+00, double %213, !dbg !47
  %216 = fcmp olt double %209, -3.600000e+01, !dbg !47
  %217 = fdiv double -1.000000e+00, %209, !dbg !47
  %218 = select i1 %216, double %217, double %215, !dbg !47
  %219 = fcmp oeq double %210, 0x7FF0000000000000, !dbg !47
  %220 = select i1 %219, double %210, double %218, !dbg !47
  %221 = fdiv double 1.600000e-01, %220, !dbg !47
  %222 = fneg double %221, !dbg !47
  ; models/cobahh.ts:43  const beta_n = 0.5 * Math.exp((10 - v + VT) / 40);
  %223 = fsub double 1.000000e+01, %v, !dbg !48
  %224 = fadd double %223, %VT, !dbg !48
  %225 = fdiv double %224, 4.000000e+01, !dbg !49
  %226 = call double @llvm.exp.f64(double %225), !dbg !49
  %227 = fmul double 5.000000e-01, %226, !dbg !49
  %228 = fsub double %222, %227, !dbg !49
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %229 = fcmp oeq double %228, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:42  const alpha_n = (0.032 * 5) / exprel((15 - v + VT) / 5);
  %230 = fsub double 1.500000e+01, %v, !dbg !46
  %231 = fadd double %230, %VT, !dbg !46
  %232 = fdiv double %231, 5.000000e+00, !dbg !46
  %233 = call double @llvm.exp.f64(double %232), !dbg !46
  %234 = fsub double %233, 1.000000e+00, !dbg !46
  %235 = call double @llvm.log.f64(double %233), !dbg !46
  %236 = fdiv double %234, %235, !dbg !46
  %237 = fcmp oeq double %233, 1.000000e+00, !dbg !46
  %238 = select i1 %237, double 1.000000e+00, double %236, !dbg !46
  %239 = fcmp olt double %232, -3.600000e+01, !dbg !46
  %240 = fdiv double -1.000000e+00, %232, !dbg !46
  %241 = select i1 %239, double %240, double %238, !dbg !46
  %242 = fcmp oeq double %233, 0x7FF0000000000000, !dbg !46
  %243 = select i1 %242, double %233, double %241, !dbg !46
  %244 = fdiv double 1.600000e-01, %243, !dbg !46
  ; models/cobahh.ts:54  alpha_n * (1 - n) - beta_n * n,
  %245 = fsub double 1.000000e+00, %n, !dbg !50
  %246 = fmul double %244, %245, !dbg !50
  ; models/cobahh.ts:43  const beta_n = 0.5 * Math.exp((10 - v + VT) / 40);
  %247 = fsub double 1.000000e+01, %v, !dbg !48
  %248 = fadd double %247, %VT, !dbg !48
  %249 = fdiv double %248, 4.000000e+01, !dbg !48
  %250 = call double @llvm.exp.f64(double %249), !dbg !48
  %251 = fmul double 5.000000e-01, %250, !dbg !48
  %252 = fmul double %251, %n, !dbg !48
  %253 = fsub double %246, %252, !dbg !48
  %254 = fmul double %dt, %253, !dbg !48
  %255 = fadd double %n, %254, !dbg !48
  ; models/cobahh.ts:42  const alpha_n = (0.032 * 5) / exprel((15 - v + VT) / 5);
  %256 = fsub double 1.500000e+01, %v, !dbg !46
  %257 = fadd double %256, %VT, !dbg !46
  %258 = fdiv double %257, 5.000000e+00, !dbg !46
  %259 = call double @llvm.exp.f64(double %258), !dbg !46
  %260 = fsub double %259, 1.000000e+00, !dbg !46
  %261 = call double @llvm.log.f64(double %259), !dbg !46
  %262 = fdiv double %260, %261, !dbg !46
  %263 = fcmp oeq double %259, 1.000000e+00, !dbg !46
  %264 = select i1 %263, double 1.000000e+00, double %262, !dbg !46
  %265 = fcmp olt double %258, -3.600000e+01, !dbg !46
  %266 = fdiv double -1.000000e+00, %258, !dbg !46
  %267 = select i1 %265, double %266, double %264, !dbg !46
  %268 = fcmp oeq double %259, 0x7FF0000000000000, !dbg !46
  %269 = select i1 %268, double %259, double %267, !dbg !46
  %270 = fdiv double 1.600000e-01, %269, !dbg !46
  %271 = fdiv double %270, %228, !dbg !46
  %272 = fneg double %271, !dbg !46
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %273 = fadd double %n, %271, !dbg !14
  %274 = fmul double %228, %dt, !dbg !14
  %275 = call double @llvm.exp.f64(double %274), !dbg !14
  %276 = fmul double %273, %275, !dbg !14
  %277 = fadd double %272, %276, !dbg !14
  %n.next = select i1 %229, double %255, double %277, !dbg !14
  %278 = fcmp oeq double %u4, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:55  -ge / this.taue,
  %279 = fneg double %ge, !dbg !13
  %280 = fdiv double %279, %taue, !dbg !12
  %281 = fmul double %dt, %280, !dbg !12
  %282 = fadd double %ge, %281, !dbg !12
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %283 = fadd double %ge, %0, !dbg !14
  %284 = fmul double %283, %u7, !dbg !14
  %285 = fadd double %u5, %284, !dbg !14
  %ge.next = select i1 %278, double %282, double %285, !dbg !14
  %286 = fcmp oeq double %u8, 0.000000e+00, !dbg !14
  ; models/cobahh.ts:56  -gi / this.taui,
  %287 = fneg double %gi, !dbg !16
  %288 = fdiv double %287, %taui, !dbg !15
  %289 = fmul double %dt, %288, !dbg !15
  %290 = fadd double %gi, %289, !dbg !15
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %291 = fadd double %gi, %2, !dbg !14
  %292 = fmul double %291, %u11, !dbg !14
  %293 = fadd double %u9, %292, !dbg !14
  %gi.next = select i1 %286, double %290, double %293, !dbg !14
  ; models/cobahh.ts:61  const active = Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %t_last.addr = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !51
  %t_last = load double, double* %t_last.addr, align 8, !dbg !51
  %294 = fsub double %t, %t_last, !dbg !51
  %295 = fadd double %294, %u12, !dbg !52
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %296 = fdiv double %295, %dt, !dbg !17
  %297 = call double @llvm.trunc.f64(double %296), !dbg !17
  ; models/cobahh.ts:61  const active = Math.trunc((t - this.t_last + 1e-3 * dt) / dt) >= Math.trunc((this.t_ref + 1e-3 * dt) / dt);
  %298 = fcmp oge double %297, %u13, !dbg !53
  ; models/cobahh.ts:63  if (active && this.v > this.V_th) {
  %299 = fcmp ogt double %v.next, %V_th, !dbg !54
  %300 = and i1 %298, %299, !dbg !54
  ; models/cobahh.ts:33  @state t_last = -1e9; // ms
  %t_last.next = select i1 %300, double %t, double %t_last, !dbg !55
  ; models/cobahh.ts:62  [this.v, this.m, this.h, this.n, this.ge, this.gi] = step(this.derivatives, this.v, this.m, this.h, this.n, this.ge, this.gi);
  %v.addr1 = getelementptr inbounds double, double* %v.ptr, i64 %i, !dbg !56
  store double %v.next, double* %v.addr1, align 8, !dbg !56
  %301 = fsub double %v.next, %v.next, !dbg !56
  %v.bad = fcmp une double %301, 0.000000e+00, !dbg !56
  %302 = zext i1 %v.bad to i32, !dbg !56
  %303 = or i32 0, %302, !dbg !56
  %m.addr2 = getelementptr inbounds double, double* %m.ptr, i64 %i, !dbg !56
  store double %m.next, double* %m.addr2, align 8, !dbg !56
  %304 = fsub double %m.next, %m.next, !dbg !56
  %m.bad = fcmp une double %304, 0.000000e+00, !dbg !56
  %305 = zext i1 %m.bad to i32, !dbg !56
  %306 = or i32 %303, %305, !dbg !56
  %h.addr3 = getelementptr inbounds double, double* %h.ptr, i64 %i, !dbg !56
  store double %h.next, double* %h.addr3, align 8, !dbg !56
  %307 = fsub double %h.next, %h.next, !dbg !56
  %h.bad = fcmp une double %307, 0.000000e+00, !dbg !56
  %308 = zext i1 %h.bad to i32, !dbg !56
  %309 = or i32 %306, %308, !dbg !56
  %n.addr4 = getelementptr inbounds double, double* %n.ptr, i64 %i, !dbg !56
  store double %n.next, double* %n.addr4, align 8, !dbg !56
  %310 = fsub double %n.next, %n.next, !dbg !56
  %n.bad = fcmp une double %310, 0.000000e+00, !dbg !56
  %311 = zext i1 %n.bad to i32, !dbg !56
  %312 = or i32 %309, %311, !dbg !56
  %ge.addr5 = getelementptr inbounds double, double* %ge.ptr, i64 %i, !dbg !56
  store double %ge.next, double* %ge.addr5, align 8, !dbg !56
  %313 = fsub double %ge.next, %ge.next, !dbg !56
  %ge.bad = fcmp une double %313, 0.000000e+00, !dbg !56
  %314 = zext i1 %ge.bad to i32, !dbg !56
  %315 = or i32 %312, %314, !dbg !56
  %gi.addr6 = getelementptr inbounds double, double* %gi.ptr, i64 %i, !dbg !56
  store double %gi.next, double* %gi.addr6, align 8, !dbg !56
  %316 = fsub double %gi.next, %gi.next, !dbg !56
  %gi.bad = fcmp une double %316, 0.000000e+00, !dbg !56
  %317 = zext i1 %gi.bad to i32, !dbg !56
  %318 = or i32 %315, %317, !dbg !56
  ; models/cobahh.ts:64  this.t_last = t;
  %t_last.addr7 = getelementptr inbounds double, double* %t_last.ptr, i64 %i, !dbg !57
  store double %t_last.next, double* %t_last.addr7, align 8, !dbg !57
  %319 = fsub double %t_last.next, %t_last.next, !dbg !57
  %t_last.bad = fcmp une double %319, 0.000000e+00, !dbg !57
  %320 = zext i1 %t_last.bad to i32, !dbg !57
  %321 = or i32 %318, %320, !dbg !57
  ; models/cobahh.ts:60  update(t: number, dt: number) {
  %spiked.byte = zext i1 %300 to i8, !dbg !7
  %spiked.ptr = getelementptr inbounds i8, i8* %spiked, i64 %i, !dbg !7
  store i8 %spiked.byte, i8* %spiked.ptr, align 1, !dbg !7
  %bad.next = or i32 %bad, %321, !dbg !7
  %i.next = add i64 %i, 1, !dbg !7
  %322 = icmp slt i64 %i.next, %end, !dbg !7
  br i1 %322, label %neuron, label %done, !dbg !7

done:                                             ; preds = %neuron, %entry
  %result = phi i32 [ 0, %entry ], [ %bad.next, %neuron ], !dbg !7
  ret i32 %result, !dbg !7
}

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.exp.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.trunc.f64(double) #1

; Function Attrs: nofree nosync nounwind readnone speculatable willreturn
declare double @llvm.log.f64(double) #1

attributes #0 = { nounwind }
attributes #1 = { nofree nosync nounwind readnone speculatable willreturn }

!llvm.module.flags = !{!0, !1}
!llvm.dbg.cu = !{!2}

!0 = !{i32 2, !"Debug Info Version", i32 3}
!1 = !{i32 2, !"Dwarf Version", i32 4}
!2 = distinct !DICompileUnit(language: DW_LANG_C, file: !3, producer: "BrainTS", isOptimized: true, runtimeVersion: 0, emissionKind: FullDebug)
!3 = !DIFile(filename: "cobahh.ts", directory: "models")
!4 = distinct !DISubprogram(name: "TraubHH.update", linkageName: "TraubHH_update", scope: !3, file: !3, line: 60, type: !5, scopeLine: 60, flags: DIFlagPrototyped, spFlags: DISPFlagDefinition, unit: !2, retainedNodes: !6)
!5 = !DISubroutineType(types: !6)
!6 = !{}
!7 = !DILocation(line: 60, column: 3, scope: !4)
!8 = !DILocation(line: 45, column: 7, scope: !4)
!9 = !DILocation(line: 45, column: 18, scope: !4)
!10 = !DILocation(line: 48, column: 40, scope: !4)
!11 = !DILocation(line: 49, column: 40, scope: !4)
!12 = !DILocation(line: 55, column: 13, scope: !4)
!13 = !DILocation(line: 55, column: 7, scope: !4)
!14 = !DILocation(line: 62, column: 58, scope: !4)
!15 = !DILocation(line: 56, column: 13, scope: !4)
!16 = !DILocation(line: 56, column: 7, scope: !4)
!17 = !DILocation(line: 60, column: 21, scope: !4)
!18 = !DILocation(line: 61, column: 95, scope: !4)
!19 = !DILocation(line: 62, column: 113, scope: !4)
!20 = !DILocation(line: 62, column: 122, scope: !4)
!21 = !DILocation(line: 62, column: 89, scope: !4)
!22 = !DILocation(line: 62, column: 97, scope: !4)
!23 = !DILocation(line: 62, column: 105, scope: !4)
!24 = !DILocation(line: 51, column: 17, scope: !4)
!25 = !DILocation(line: 62, column: 81, scope: !4)
!26 = !DILocation(line: 46, column: 13, scope: !4)
!27 = !DILocation(line: 47, column: 13, scope: !4)
!28 = !DILocation(line: 48, column: 7, scope: !4)
!29 = !DILocation(line: 49, column: 7, scope: !4)
!30 = !DILocation(line: 46, column: 7, scope: !4)
!31 = !DILocation(line: 47, column: 7, scope: !4)
!32 = !DILocation(line: 48, column: 36, scope: !4)
!33 = !DILocation(line: 49, column: 36, scope: !4)
!34 = !DILocation(line: 38, column: 42, scope: !4)
!35 = !DILocation(line: 37, column: 16, scope: !4)
!36 = !DILocation(line: 38, column: 57, scope: !4)
!37 = !DILocation(line: 39, column: 41, scope: !4)
!38 = !DILocation(line: 39, column: 50, scope: !4)
!39 = !DILocation(line: 39, column: 56, scope: !4)
!40 = !DILocation(line: 52, column: 18, scope: !4)
!41 = !DILocation(line: 40, column: 39, scope: !4)
!42 = !DILocation(line: 40, column: 54, scope: !4)
!43 = !DILocation(line: 41, column: 39, scope: !4)
!44 = !DILocation(line: 41, column: 54, scope: !4)
!45 = !DILocation(line: 53, column: 18, scope: !4)
!46 = !DILocation(line: 42, column: 43, scope: !4)
!47 = !DILocation(line: 42, column: 58, scope: !4)
!48 = !DILocation(line: 43, column: 36, scope: !4)
!49 = !DILocation(line: 43, column: 51, scope: !4)
!50 = !DILocation(line: 54, column: 18, scope: !4)
!51 = !DILocation(line: 61, column: 36, scope: !4)
!52 = !DILocation(line: 61, column: 50, scope: !4)
!53 = !DILocation(line: 61, column: 70, scope: !4)
!54 = !DILocation(line: 63, column: 28, scope: !4)
!55 = !DILocation(line: 33, column: 3, scope: !4)
!56 = !DILocation(line: 62, column: 5, scope: !4)
!57 = !DILocation(line: 64, column: 7, scope: !4)
; braints-hash: b88cc4c0bb6cbb56833da01d1387d96583a723206eb0bcec084653892d3c0e72
